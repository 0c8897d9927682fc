package org.naba.ingest;

import com.sigpwned.chardet4j.Chardet;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into text. Order of evidence (WHATWG encoding sniffing, simplified): byte-order mark, then the
 * charset the transport declared (HTTP {@code Content-Type}), then an HTML {@code <meta>} charset in the first 4 KB,
 * then ICU's statistical detector (chardet4j). Juniversalchardet and Tika's default chain misread windows-1256 and
 * ISO-8859-6, which are common on Arabic sites, so they are not used.
 *
 * <p>A declared charset is not trusted blindly: many Arabic sites declare UTF-8 and serve windows-1256, or the
 * reverse. Bytes that are valid multi-byte UTF-8 are read as UTF-8 whatever the declaration says (a single-byte page
 * almost never is), and a UTF-8 declaration over invalid UTF-8 falls through to the detector.
 */
public final class Decoding {
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{2,40})", Pattern.CASE_INSENSITIVE);

  private Decoding() {}

  /** The decoded text and the charset used, with how it was chosen. */
  public record Decoded(String text, Charset charset, String how) {}

  public static Decoded decode(byte[] bytes, Optional<String> declared, boolean html) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
    }
    boolean validUtf8 = isValidUtf8(bytes);
    Optional<Charset> claimed = declared.flatMap(Decoding::charset);
    String how = "declared";
    if (claimed.isEmpty() && html) {
      claimed = metaCharset(bytes).flatMap(Decoding::charset);
      how = "meta";
    }
    if (validUtf8 && hasNonAscii(bytes)) {
      return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8 valid");
    }
    if (claimed.isPresent() && !(claimed.get().equals(StandardCharsets.UTF_8) && !validUtf8)) {
      return new Decoded(new String(bytes, claimed.get()), claimed.get(), how);
    }
    if (validUtf8) return new Decoded(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "ascii");
    Optional<Charset> detected = Chardet.detectCharset(bytes);
    Charset cs = detected.orElse(Charset.forName("windows-1256"));
    return new Decoded(new String(bytes, cs), cs, detected.isPresent() ? "detected" : "fallback");
  }

  static Optional<String> metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Looks a charset name up, mapping the labels browsers treat as aliases (WHATWG: iso-8859-1 means windows-1252). */
  static Optional<Charset> charset(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) n = "windows-1252";
    try {
      return Optional.of(Charset.forName(n));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return Optional.empty();
    }
  }

  static boolean isValidUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean hasNonAscii(byte[] bytes) {
    for (byte b : bytes) if (b < 0) return true;
    return false;
  }

  /**
   * True when the bytes look like binary data rather than text: a NUL byte or many C0 control characters in the
   * first 8 KB (text in any ASCII-compatible charset has neither; UTF-16 is caught by its BOM first).
   */
  public static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return !startsWith(bytes, 0xFF, 0xFE) && !startsWith(bytes, 0xFE, 0xFF);
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
    }
    return n > 0 && control > n / 20;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
    return true;
  }
}
