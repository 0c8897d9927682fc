package org.naba.ingest;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;

/**
 * An input that ends quietly where the compressed data underneath is cut or damaged ({@link EOFException}, {@link
 * ZipException}), so that a reader buffering ahead still gets every byte before the fault (it would otherwise lose
 * its whole last buffer with the exception); the fault and the bytes delivered before it are kept for a warning.
 */
class QuietEnd extends FilterInputStream {
  private String fault;
  private long delivered;

  QuietEnd(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (fault != null) return -1;
    try {
      int n = super.read(b, off, len);
      if (n > 0) delivered += n;
      return n;
    } catch (EOFException | ZipException e) {
      fault = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return -1;
    }
  }

  /** What ended the input early, or null. */
  String fault() {
    return fault;
  }

  /** Bytes delivered so far. */
  long delivered() {
    return delivered;
  }
}
