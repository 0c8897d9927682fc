package org.naba.clean;

import java.net.URI;
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
}
