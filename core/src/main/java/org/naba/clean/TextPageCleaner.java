package org.naba.clean;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Cleans WET-style plain-text dumps (one visible text block per line, markup gone, as Common Crawl's WET files
 * print pages) into articles. Every decision is taken from line evidence and from repetition across the pages
 * of the same site; see {@link PageAnalyzer} for the passes. Thread-safe when its {@link BoilerplateMemory} is
 * (it is).
 */
public final class TextPageCleaner {
  private final PageAnalyzer analyzer;

  public TextPageCleaner(BoilerplateMemory memory) {
    this.analyzer = new PageAnalyzer(memory);
  }

  /**
   * @param pageText the dump, lines separated by {@code \n}, {@code \r\n} or {@code \r}
   * @param siteKey the site the page belongs to (a host name), for the boilerplate memory
   * @param knownDate the date the caller already knows (crawl or WARC date), used when the page shows none
   */
  public CleanedPage clean(String pageText, String siteKey, Optional<OffsetDateTime> knownDate) {
    Objects.requireNonNull(pageText, "pageText");
    Objects.requireNonNull(siteKey, "siteKey");
    Objects.requireNonNull(knownDate, "knownDate");
    List<Block> blocks = new ArrayList<>();
    int start = 0;
    int n = pageText.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? pageText.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        blocks.add(Block.text(pageText.substring(start, i)));
        if (c == '\r' && i + 1 < n && pageText.charAt(i + 1) == '\n') i++;
        start = i + 1;
      }
    }
    PageAnalyzer.Hints hints =
        new PageAnalyzer.Hints(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), true);
    return analyzer.analyze(blocks, siteKey, knownDate, hints);
  }
}
