package org.naba.ingest;

import java.util.Objects;

/**
 * Something in the input that could not be read as it should; the run goes on without it.
 *
 * @param source the file, and the record offset or line within it, or the URL
 * @param reason a short machine-friendly category ("bad-json", "truncated-gzip", "binary" …), counted in run.json
 * @param message what happened, for a person
 */
public record IngestWarning(String source, String reason, String message) {
  public IngestWarning {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return source + ": " + message;
  }
}
