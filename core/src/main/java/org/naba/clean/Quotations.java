package org.naba.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Verbatim quotations in a paragraph: spans between «…», "…" and “…”. A linear scan (no regex), so unbalanced
 * marks in dirty text cost nothing; spans shorter than two words or longer than 2,000 characters are not quotes.
 */
final class Quotations {
  private Quotations() {}

  static List<String> find(String p) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < p.length()) {
      char open = p.charAt(i);
      char close =
          switch (open) {
            case '«' -> '»';
            case '"' -> '"';
            case '“' -> '”';
            default -> 0;
          };
      if (close == 0) {
        i++;
        continue;
      }
      int j = p.indexOf(close, i + 1);
      if (j < 0) {
        i++;
        continue;
      }
      String span = p.substring(i + 1, j).strip();
      if (span.length() <= 2000 && LineEvidence.units(span) >= 2) out.add(span);
      i = j + 1;
    }
    return out;
  }
}
