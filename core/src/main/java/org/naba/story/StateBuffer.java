package org.naba.story;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array that a saved state is written into: big-endian values as {@link java.io.DataOutputStream}
 * writes them (so {@link java.io.DataInputStream} reads them back, and {@link #readVarInt} the compact counts), without
 * a stream call and a lock per value: the story engine's state is millions of values.
 */
final class StateBuffer {
  private byte[] buf = new byte[1 << 16];
  private int size;

  private void ensure(int n) {
    if (size + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
  }

  void writeInt(int v) {
    ensure(4);
    buf[size] = (byte) (v >>> 24);
    buf[size + 1] = (byte) (v >>> 16);
    buf[size + 2] = (byte) (v >>> 8);
    buf[size + 3] = (byte) v;
    size += 4;
  }

  void writeLong(long v) {
    writeInt((int) (v >>> 32));
    writeInt((int) v);
  }

  void writeFloat(float v) {
    writeInt(Float.floatToIntBits(v));
  }

  void writeDouble(double v) {
    writeLong(Double.doubleToLongBits(v));
  }

  void writeBoolean(boolean v) {
    ensure(1);
    buf[size++] = (byte) (v ? 1 : 0);
  }

  /** An unsigned value in 7-bit groups, low first (1 byte under 128). */
  void writeVarInt(int v) {
    ensure(5);
    while ((v & ~0x7F) != 0) {
      buf[size++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    buf[size++] = (byte) v;
  }

  /** A value {@link #writeVarInt} wrote. */
  static int readVarInt(DataInputStream in) throws IOException {
    int v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (b & 0x7F) << shift;
      if ((b & 0x80) == 0) return v;
    }
    throw new IOException("corrupt: a count of more than five bytes");
  }

  /** A string as its UTF-8 byte count ({@link #writeInt}) and bytes. */
  void writeString(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    writeInt(b.length);
    ensure(b.length);
    System.arraycopy(b, 0, buf, size, b.length);
    size += b.length;
  }

  /** The bytes written. */
  byte[] toByteArray() {
    return Arrays.copyOf(buf, size);
  }
}
