package org.naba.clean;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The HTML a page built with Next.js's app router ships inside its scripts rather than its DOM. Such a page streams
 * its server components as "flight" data, {@code self.__next_f.push([1, "…"])} in one script after another; joined,
 * the pushes are rows, and a row of type {@code T} ({@code 24:T1b7b,<p>…}) is a text of that many UTF-8 bytes (in
 * hexadecimal), which is where an article's body HTML travels when the page renders it on the client. A crawl of such
 * a page holds its body only there.
 *
 * <p>Pure and thread-safe.
 */
final class NextFlight {
  private NextFlight() {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PUSH = "self.__next_f.push(";
  /** A text row's head: its id, "T", its length in UTF-8 bytes in hexadecimal, a comma. */
  private static final Pattern TEXT_ROW = Pattern.compile("[0-9a-fA-F]+:T([0-9a-fA-F]{1,8}),");
  /** Flight data read at most, in chars: the payload of a news page is well under this. */
  static final int MAX_CHARS = 4_000_000;

  /** The HTML texts of the page's flight data that hold paragraphs, in page order; none for another page. */
  static List<String> htmlTexts(Document doc) {
    StringBuilder flight = new StringBuilder();
    for (Element script : doc.getElementsByTag("script")) {
      // Most pages' scripts are large and none of them flight data: look at a script's first chars before its text.
      if (script.dataNodes().isEmpty() || !opensWithPush(script.dataNodes().getFirst().getWholeData())) continue;
      String data = script.data().strip();
      if (!data.startsWith(PUSH) || flight.length() > MAX_CHARS) continue;
      int end = data.lastIndexOf(')');
      if (end <= PUSH.length()) continue;
      try {
        JsonNode push = JSON.readTree(data.substring(PUSH.length(), end));
        if (push.isArray() && push.path(0).asInt(-1) == 1 && push.path(1).isTextual()) {
          flight.append(push.path(1).asText());
        }
      } catch (JacksonException e) {
        // Not a flight push Naba reads (a form other than [1, "…"]): the page is read without it.
      }
    }
    return flight.isEmpty() ? List.of() : textRows(flight.toString());
  }

  /** Whether a script's text, past its leading white space, opens with a flight push. */
  private static boolean opensWithPush(String data) {
    int i = 0;
    while (i < data.length() && Character.isWhitespace(data.charAt(i))) i++;
    return data.startsWith(PUSH, i);
  }

  /** The texts of a flight's {@code T} rows that hold paragraph markup. */
  static List<String> textRows(String flight) {
    List<String> out = new ArrayList<>();
    Matcher m = TEXT_ROW.matcher(flight);
    int from = 0;
    int rowEnd = 0; // where the last text row ended: the next row starts right there, without a newline
    while (from < flight.length() && m.find(from)) {
      int at = m.start();
      if (at != 0 && at != rowEnd && flight.charAt(at - 1) != '\n') {
        from = at + 1; // a row head's look-alike inside another row
        continue;
      }
      long bytes = Long.parseLong(m.group(1), 16);
      int start = m.end();
      int end = afterUtf8Bytes(flight, start, bytes);
      String text = flight.substring(start, end);
      if (text.contains("<p")) out.add(text);
      from = Math.max(end, start);
      rowEnd = end;
    }
    return out;
  }

  /** Where the text starting at {@code start} ends after {@code bytes} bytes of UTF-8 (or at the string's end). */
  private static int afterUtf8Bytes(String s, int start, long bytes) {
    long count = 0;
    int i = start;
    while (i < s.length() && count < bytes) {
      int cp = s.codePointAt(i);
      count += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += Character.charCount(cp);
    }
    return i;
  }

  /** The UTF-8 length of a text, as a {@code T} row states it (for tests that build rows). */
  static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
