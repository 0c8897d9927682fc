package org.naba.text;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * What every piece of state a run hands on to the next ({@code naba run --resume}) reads and writes alike: a header
 * of a magic number and a format version, checked on reading, strings as their UTF-8 byte count and bytes, and counts
 * that must not be negative. Each stage keeps its own layout after the header; these only keep the checks and their
 * messages the same in all of them.
 */
public final class StateFormat {
  private StateFormat() {}

  /** Writes a state's header. */
  public static void writeHeader(DataOutputStream out, int magic, int format) throws IOException {
    out.writeInt(magic);
    out.writeInt(format);
  }

  /**
   * Reads and checks a state's header.
   *
   * @param what the state named in the messages ("story-engine state")
   * @throws IOException "not a Naba {@code what}", or naming the format found and the one this Naba reads
   */
  public static void readHeader(DataInputStream in, int magic, int format, String what) throws IOException {
    if (in.readInt() != magic) throw new IOException("not a Naba " + what);
    int found = in.readInt();
    if (found != format) throw new IOException(what + " of format " + found + "; this Naba reads format " + format);
  }

  /** Writes a string as its UTF-8 byte count and bytes. */
  public static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /** A string {@link #writeString} wrote, of at most {@code maxBytes} bytes. */
  public static String readString(DataInputStream in, int maxBytes) throws IOException {
    return new String(readBytes(in, maxBytes), StandardCharsets.UTF_8);
  }

  /** The bytes of a string {@link #writeString} wrote, of at most {@code maxBytes}. */
  public static byte[] readBytes(DataInputStream in, int maxBytes) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > maxBytes) throw new IOException("corrupt: a string of " + n + " bytes");
    byte[] b = new byte[n];
    in.readFully(b);
    return b;
  }

  /** A count, which must not be negative; {@code what} names it in the message. */
  public static int count(DataInputStream in, String what) throws IOException {
    int n = in.readInt();
    if (n < 0) throw new IOException("corrupt: " + n + " " + what);
    return n;
  }
}
