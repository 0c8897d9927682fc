package org.naba.ingest;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One page or record as read from the input, before cleaning.
 *
 * @param id stable id: a record's own id, or the file path relative to its input root
 * @param source where it was read, for messages (path, plus offset or line)
 * @param format how to read {@code content}
 * @param content the decoded text or HTML
 * @param url the page's URL when the input gives one
 * @param outlet the outlet when the input names it (JSONL {@code outlet}, feed title)
 * @param published publication or crawl time when the input gives one
 * @param title the title when the input gives one
 * @param author the author when the input gives one
 */
public record RawDocument(
    String id,
    String source,
    Format format,
    String content,
    Optional<String> url,
    Optional<String> outlet,
    Optional<OffsetDateTime> published,
    Optional<String> title,
    Optional<String> author) {
  public RawDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(author, "author");
  }

  /** A page known only by its text and where it was read. */
  public static RawDocument page(String id, String source, Format format, String content) {
    return new RawDocument(
        id, source, format, content, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }
}
