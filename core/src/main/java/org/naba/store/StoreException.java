package org.naba.store;

import java.nio.file.Path;

/**
 * A store or index file could not be read or written. Unchecked because callers (the pipeline, a web request)
 * cannot repair a broken database; the message always names the file so the user can.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreException(Path file, String what, Throwable cause) {
    super(what + " (" + file + "): " + cause.getMessage(), cause);
  }
}
