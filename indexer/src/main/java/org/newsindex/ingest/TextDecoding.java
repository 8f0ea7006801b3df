package org.newsindex.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.newsindex.parse.MalformedArticleException;

/**
 * Turns the bytes of an article into text. UTF-8 is expected; bytes that are not UTF-8 are read as
 * windows-1252, the encoding old Windows tools and many web pages wrote, which decodes any byte, so
 * that a "café" saved by Notepad is indexed, with a warning, rather than lost. Text that starts
 * with a UTF-16 byte order mark (Notepad's "Unicode") is read as UTF-16. Other bytes with NUL in
 * them are no text at all and are rejected.
 */
final class TextDecoding {

  /** The fallback, a superset of ISO-8859-1 that gives curly quotes and dashes their meaning. */
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static final String FALLBACK_WARNING = "not valid UTF-8; read as windows-1252";

  private TextDecoding() {}

  /**
   * Text decoded from bytes.
   *
   * @param text    the text, without a leading byte order mark
   * @param warning {@link #FALLBACK_WARNING} when the bytes were not UTF-8, else {@code null}
   */
  record Decoded(String text, String warning) {}

  /**
   * Decodes {@code length} bytes.
   *
   * @throws MalformedArticleException when the bytes contain NUL, the mark of a binary file
   */
  static Decoded decode(byte[] bytes, int length) throws MalformedArticleException {
    Charset utf16 = utf16ByByteOrderMark(bytes, length);
    if (utf16 != null) {
      try {
        return new Decoded(strictly(utf16, ByteBuffer.wrap(bytes, 2, length - 2)), null);
      } catch (CharacterCodingException notUtf16) {
        // A file that only starts like one: read on as any other.
      }
    }
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        throw new MalformedArticleException("binary file (contains NUL bytes)");
      }
    }
    try {
      String text = strictly(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes, 0, length));
      return new Decoded(withoutByteOrderMark(text), null);
    } catch (CharacterCodingException e) {
      // Five byte values have no windows-1252 character; Charset.decode replaces them with U+FFFD.
      String text = WINDOWS_1252.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
      return new Decoded(text, FALLBACK_WARNING);
    }
  }

  /**
   * UTF-16 in the byte order its byte order mark gives, as Windows Notepad saves "Unicode" text, or
   * {@code null} without one.
   */
  private static Charset utf16ByByteOrderMark(byte[] bytes, int length) {
    if (length < 2) {
      return null;
    }
    if (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** The bytes decoded, or an exception at the first that the charset does not allow. */
  private static String strictly(Charset charset, ByteBuffer bytes)
      throws CharacterCodingException {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(bytes)
        .toString();
  }

  private static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
