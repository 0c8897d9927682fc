package org.naba.ingest;

/** What a raw document's content is, which decides how the clean stage treats it. */
public enum Format {
  /** Visible text of a page with no markup, one block per line (the seeds, Common Crawl WET). */
  TEXT_PAGE,
  /** An HTML page. */
  HTML_PAGE,
  /** A record whose text is already the article (news JSONL, RSS/Atom items): only light cleaning applies. */
  RECORD
}
