package org.naba.ingest;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The entries of a zip archive read as a stream, in order, with every fault named and the reading carried on past
 * it. {@link ZipInputStream} alone ends quietly at the first bytes that are not an entry's header, so an archive cut
 * between two entries, or with a damaged header in its middle, would lose every later entry without a word; and
 * after damaged entry data it cannot go on at all.
 *
 * <p>Here the four bytes where the next entry's header should be are looked at first: a local header is read as the
 * next entry, the central directory or its end is the archive's normal end, the end of the input is an archive cut
 * short (a fault: later entries were lost), and anything else is damage. After damage, in a header or in an entry's
 * compressed data, the input is searched for the next local header's signature and reading resumes there with a
 * fresh {@link ZipInputStream}, so one bad byte costs one entry. Each fault is kept, in words, for {@link
 * #faults()}.
 *
 * <p>Not thread-safe; one reader at a time, as a stream.
 */
final class ZipEntries {
  private static final byte[] LOCAL = {'P', 'K', 3, 4};
  /** "PK\3\4" read as a little-endian int. */
  private static final int LOCAL_HEADER = 0x04034B50;
  /** What {@link Reading#peekSignature} gives: the two bytes after "PK", little-endian; or one of the markers. */
  private static final int LOCAL_SIGNATURE = 0x0403;
  private static final int CENTRAL = 0x0201; // "PK\1\2": a central directory header
  private static final int END = 0x0605; // "PK\5\6": the end of the central directory
  private static final int END64 = 0x0606; // "PK\6\6": the Zip64 end of the central directory
  private static final int NONE = -1; // the input's end
  private static final int OTHER = -2; // bytes not starting with "PK"

  private Reading zip;
  private ZipEntry current;
  private Body body;
  private boolean finished;
  private int entries;
  private final List<String> faults = new ArrayList<>();

  ZipEntries(InputStream in) {
    this.zip = new Reading(in);
  }

  /** The next entry, or null at the archive's end; what went wrong on the way is added to {@link #faults()}. */
  ZipEntry next() throws IOException {
    if (finished) return null;
    if (body != null && !closeCurrent() && !resync()) return null;
    while (true) {
      int signature = zip.peekSignature();
      if (signature == LOCAL_SIGNATURE) {
        try {
          current = zip.getNextEntry();
          if (current == null) throw new ZipException("unreadable local header");
          body = new Body(zip, current.getName());
          entries++;
          return current;
        } catch (ZipException | EOFException e) {
          fault(where() + "a damaged entry header (" + message(e) + ")");
          if (!resync()) return null;
          continue;
        }
      }
      if (signature == NONE) {
        finished = true;
        fault(entries == 0 ? "no entry could be read: the input is empty or cut before its first entry"
            : "the archive ends after " + entries + " entries without its central directory: it was cut short, and"
                + " any later entries are lost");
        return null;
      }
      if (signature == CENTRAL || signature == END || signature == END64) {
        finished = true;
        if (entries == 0) fault("no entry: the archive is empty");
        return null;
      }
      fault(where() + "bytes that are not an entry's header");
      if (!resync()) return null;
    }
  }

  /**
   * The data of the entry {@link #next()} returned. A fault in it ends it early (the bytes before the fault are
   * delivered) and is named in {@link #faults()}; the next call to {@link #next()} looks for the entry after it.
   */
  InputStream body() {
    if (body == null) throw new IllegalStateException("no current entry");
    return body;
  }

  /** The faults met so far, in words, in the order they were met. */
  List<String> faults() {
    return List.copyOf(faults);
  }

  private void fault(String message) {
    faults.add(message);
  }

  /** Adds to the last fault what became of it. */
  private void followUp(String message) {
    faults.set(faults.size() - 1, faults.get(faults.size() - 1) + "; " + message);
  }

  private String where() {
    return entries == 0 ? "at the start of the archive, " : "after entry " + entries + " (" + current.getName() + "), ";
  }

  /** Skips what the reader left of the current entry; false when its data proved damaged (the fault is kept). */
  private boolean closeCurrent() throws IOException {
    Body b = body;
    body = null;
    if (b.fault() != null) {
      fault("entry " + entries + " (" + b.name + ") damaged after " + b.delivered() + " bytes (" + b.fault() + ")");
      return false;
    }
    try {
      zip.closeEntry();
      return true;
    } catch (ZipException | EOFException e) {
      fault("entry " + entries + " (" + b.name + ") damaged (" + message(e) + ")");
      return false;
    }
  }

  /**
   * Looks for the next local header's signature in what is left of the input, and reads on from there with a
   * fresh reader; false (the archive's end) when there is none. The bytes the broken reader had taken in for its
   * inflater are gone, so an entry that starts within them is missed too.
   */
  private boolean resync() throws IOException {
    PushbackInputStream raw = zip.raw();
    zip.release();
    int window = 0; // the last four bytes read, the latest in the high byte (as a little-endian int)
    long read = 0;
    int b;
    while ((b = raw.read()) >= 0) {
      window = (window >>> 8) | (b << 24);
      if (++read >= 4 && window == LOCAL_HEADER) {
        zip = new Reading(new SequenceInputStream(new ByteArrayInputStream(LOCAL), raw));
        followUp("skipped " + (read - 4) + " bytes to the next entry's header");
        return true;
      }
    }
    finished = true;
    followUp("no later entry in the " + read + " bytes after it");
    return false;
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** A {@link ZipInputStream} that can look at its next bytes and hand its input over when it breaks. */
  private static final class Reading extends ZipInputStream {
    Reading(InputStream in) {
      super(in, StandardCharsets.UTF_8);
    }

    PushbackInputStream raw() {
      return (PushbackInputStream) in;
    }

    /** The next four bytes as a little-endian signature's last two bytes ("PK" first), or -1 at the end. */
    int peekSignature() throws IOException {
      byte[] sig = new byte[4];
      int n = raw().readNBytes(sig, 0, 4);
      if (n > 0) raw().unread(sig, 0, n);
      if (n < 4) return NONE;
      if (sig[0] != 'P' || sig[1] != 'K') return OTHER;
      return (sig[2] & 0xFF) | (sig[3] & 0xFF) << 8;
    }

    /** Frees the inflater without closing the shared input. */
    void release() {
      inf.end();
    }
  }

  /** An entry's data, ending quietly at a fault ({@link QuietEnd}); closing it leaves the archive open. */
  private static final class Body extends QuietEnd {
    private final String name;

    Body(ZipInputStream zip, String name) {
      super(zip);
      this.name = name;
    }

    @Override
    public void close() {}
  }
}
