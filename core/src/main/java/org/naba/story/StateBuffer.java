package org.naba.story;

import java.io.DataInputStream;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array that a saved state is written into: big-endian values as {@link java.io.DataOutputStream}
 * writes them (so {@link java.io.DataInputStream} reads them back, and {@link #readVarInt} the compact counts), without
 * a stream call and a lock per value: the story engine's state is millions of values.
 */
final class StateBuffer {
  private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private byte[] buf = new byte[1 << 16];
  private int size;

  private void ensure(int n) {
    if (size + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
  }

  void writeInt(int v) {
    ensure(4);
    INT.set(buf, size, v);
    size += 4;
  }

  void writeLong(long v) {
    ensure(8);
    LONG.set(buf, size, v);
    size += 8;
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
