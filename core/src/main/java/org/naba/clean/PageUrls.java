package org.naba.clean;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** What a page's URL tells about the page. */
public final class PageUrls {
  private PageUrls() {}

  /**
   * The host without a leading {@code www.}, lower-cased: a site's name when the page names none, and the key its
   * repeated boilerplate is learned under. Crawled URLs carry raw spaces, which are escaped first; a URL that still
   * does not parse names no host.
   */
  public static Optional<String> host(String url) {
    try {
      String h = URI.create(url.strip().replace(" ", "%20")).getHost();
      if (h == null) return Optional.empty();
      h = h.toLowerCase(Locale.ROOT);
      return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The day a URL's path names, as news sites write it: {@code /2018/03/05/}, {@code /2018-03-05-title},
   * {@code /2018_3_5}, or {@code /20180311-title} (eight digits standing alone). Host, query and fragment are not
   * read; a number that is no calendar day (an article id such as {@code 20181345}) names none. Years 1990–2099.
   */
  public static Optional<LocalDate> day(String url) {
    int scheme = url.indexOf("://");
    int start = url.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    if (start < 0) return Optional.empty();
    int end = url.length();
    for (int i = start; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '?' || c == '#') {
        end = i;
        break;
      }
    }
    String path = url.substring(start, end);
    Optional<LocalDate> separated = Optional.empty();
    Optional<LocalDate> compact = Optional.empty();
    for (int i = 0; i < path.length() && separated.isEmpty(); i++) {
      if (!isDigit(path, i) || isDigit(path, i - 1)) continue;
      int j = i;
      while (isDigit(path, j)) j++;
      if (j - i == 8 && compact.isEmpty()) {
        compact = date(path, i, i + 4, i + 4, i + 6, i + 6, i + 8);
      } else if (j - i == 4 && j < path.length() && "/-_".indexOf(path.charAt(j)) >= 0) {
        // year, separator, 1–2 digits, the same separator, 1–2 digits
        char sep = path.charAt(j);
        int m = j + 1;
        int mEnd = m;
        while (isDigit(path, mEnd) && mEnd - m < 3) mEnd++;
        if (mEnd - m < 1 || mEnd - m > 2 || mEnd >= path.length() || path.charAt(mEnd) != sep) continue;
        int d = mEnd + 1;
        int dEnd = d;
        while (isDigit(path, dEnd) && dEnd - d < 3) dEnd++;
        if (dEnd - d < 1 || dEnd - d > 2) continue;
        separated = date(path, i, j, m, mEnd, d, dEnd);
      }
      i = j - 1;
    }
    return separated.isPresent() ? separated : compact;
  }

  /**
   * When a page or record was published, short of a date of its own: the day its URL names (taken at noon UTC, the
   * middle of the day whichever its time zone), unless {@code given} (a crawl or HTTP time) falls within a day of it,
   * whose time of day is then kept; else {@code given}. A crawl can come years after the day in the URL.
   */
  public static Optional<OffsetDateTime> publication(Optional<String> url, Optional<OffsetDateTime> given) {
    Optional<LocalDate> day = url.flatMap(PageUrls::day);
    if (day.isEmpty()) return given;
    OffsetDateTime noon = OffsetDateTime.of(day.get(), LocalTime.NOON, ZoneOffset.UTC);
    if (given.isPresent() && Math.abs(ChronoUnit.HOURS.between(noon, given.get())) <= 36) return given;
    return Optional.of(noon);
  }

  private static boolean isDigit(String s, int i) {
    return i >= 0 && i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  private static Optional<LocalDate> date(String s, int y0, int y1, int m0, int m1, int d0, int d1) {
    int year = Integer.parseInt(s, y0, y1, 10);
    if (year < 1990 || year > 2099) return Optional.empty();
    try {
      return Optional.of(LocalDate.of(year, Integer.parseInt(s, m0, m1, 10), Integer.parseInt(s, d0, d1, 10)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
