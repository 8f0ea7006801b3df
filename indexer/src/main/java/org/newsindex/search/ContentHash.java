package org.newsindex.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newsindex.parse.ArticleParser;

/**
 * Fingerprints the input an article is made from, so that a re-run can tell an unchanged article
 * from a changed one without parsing it. The fingerprint covers the raw bytes and the versions of
 * the parser and of the index layout: a new extractor or schema changes every hash, and the next
 * run then rewrites every article instead of keeping ones made the old way.
 */
public final class ContentHash {

  /** The hash of an article written without one; it equals no real hash. */
  public static final String UNKNOWN = "";

  private static final byte[] VERSIONS =
      ("newsindex schema " + Schema.VERSION + " parser " + ArticleParser.VERSION + "\n")
          .getBytes(StandardCharsets.UTF_8);

  private ContentHash() {}

  /** How many bytes of the digest the hash keeps: 128 bits, as unlikely to collide as needed. */
  static final int BYTES = 16;

  /** The first {@value #BYTES} bytes of the SHA-256 of the versions and these bytes, in hex. */
  public static String of(byte[] bytes, int length) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
    digest.update(VERSIONS);
    digest.update(bytes, 0, length);
    return HexFormat.of().formatHex(digest.digest(), 0, BYTES);
  }
}
