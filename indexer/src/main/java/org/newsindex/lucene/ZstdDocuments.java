package org.newsindex.lucene;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import com.github.luben.zstd.ZstdDictCompress;
import com.github.luben.zstd.ZstdDictDecompress;
import com.github.luben.zstd.ZstdException;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Stored documents compressed by zstd (through zstd-jni), each chunk as one frame, with the
 * dictionary of its segment when it has one ({@link ZstdStoredFields} makes chunks of one document
 * and trains the dictionary). A frame is written as its compressed length, then the frame without
 * zstd's magic number, checksum, size or dictionary id: Lucene's chunk header holds the size, and
 * the segment names its dictionary.
 */
final class ZstdDocuments extends CompressionMode {

  /** zstd's default level: with a dictionary, higher levels gain little on articles. */
  static final int LEVEL = 3;

  /**
   * Decoding contexts (each holds native memory) for every reader to borrow, one queue for frames
   * with a dictionary and one for those without: Lucene makes a decompressor for each thread that
   * reads a segment, and threads come and go; the contexts stay, as many as ever decoded at once. A
   * context takes the dictionary of the frame it decodes by reference, which costs nothing.
   */
  private static final Queue<ZstdDecompressCtx> WITH_DICTIONARY = new ConcurrentLinkedQueue<>();

  private static final Queue<ZstdDecompressCtx> WITHOUT_DICTIONARY = new ConcurrentLinkedQueue<>();

  private final byte[] dictionary;

  /** The dictionary digested for decoding, made for the first decompressor: writers need none. */
  private ZstdDictDecompress decodingDictionary; // guarded by this

  /**
   * @param dictionary a zstd dictionary, or none (empty): frames are then compressed alone
   */
  ZstdDocuments(byte[] dictionary) {
    this.dictionary = dictionary;
  }

  @Override
  public Compressor newCompressor() {
    return new ZstdCompressor(dictionary);
  }

  @Override
  public synchronized Decompressor newDecompressor() {
    if (decodingDictionary == null && dictionary.length > 0) {
      decodingDictionary = new ZstdDictDecompress(dictionary);
    }
    return new ZstdDecompressor(decodingDictionary);
  }

  @Override
  public String toString() {
    return "ZSTD_DOCUMENTS(dictionary of " + dictionary.length + " bytes)";
  }

  private static final class ZstdCompressor extends Compressor {

    private final ZstdCompressCtx encoder;
    private final ZstdDictCompress encodingDictionary;
    private byte[] text = new byte[0];
    private byte[] frame = new byte[0];

    ZstdCompressor(byte[] dictionary) {
      encoder =
          new ZstdCompressCtx()
              .setLevel(LEVEL)
              .setMagicless(true)
              .setChecksum(false)
              .setContentSize(false)
              .setDictID(false);
      encodingDictionary = dictionary.length == 0 ? null : new ZstdDictCompress(dictionary, LEVEL);
      if (encodingDictionary != null) {
        encoder.loadDict(encodingDictionary);
      }
    }

    @Override
    public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
      int length = Math.toIntExact(in.length() - in.position());
      if (length == 0) {
        out.writeVInt(0); // a document that stores nothing, as a quote's
        return;
      }
      text = ArrayUtil.growNoCopy(text, length);
      in.readBytes(text, 0, length);
      frame = ArrayUtil.growNoCopy(frame, Math.toIntExact(Zstd.compressBound(length)));
      int size = encoder.compressByteArray(frame, 0, frame.length, text, 0, length);
      out.writeVInt(size);
      out.writeBytes(frame, 0, size);
    }

    @Override
    public void close() {
      encoder.close();
      if (encodingDictionary != null) {
        encodingDictionary.close();
      }
    }
  }

  /** Reads what {@link ZstdCompressor} wrote. */
  private static final class ZstdDecompressor extends Decompressor {

    private final ZstdDictDecompress dictionary;
    private byte[] frame = new byte[0];

    ZstdDecompressor(ZstdDictDecompress dictionary) {
      this.dictionary = dictionary;
    }

    @Override
    public void decompress(
        DataInput in, int originalLength, int offset, int length, BytesRef bytes)
        throws IOException {
      int compressedLength = in.readVInt();
      bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, originalLength);
      bytes.offset = offset;
      bytes.length = length;
      if (originalLength == 0) {
        return;
      }
      frame = ArrayUtil.growNoCopy(frame, compressedLength);
      in.readBytes(frame, 0, compressedLength);
      Queue<ZstdDecompressCtx> pool = dictionary == null ? WITHOUT_DICTIONARY : WITH_DICTIONARY;
      ZstdDecompressCtx decoder = pool.poll();
      if (decoder == null) {
        decoder = new ZstdDecompressCtx().setMagicless(true);
      }
      try {
        if (dictionary != null) {
          decoder.loadDict(dictionary);
        }
        int decoded =
            decoder.decompressByteArray(bytes.bytes, 0, originalLength, frame, 0, compressedLength);
        if (decoded != originalLength) {
          throw new CorruptIndexException(
              "stored document decompressed to " + decoded + " bytes, expected " + originalLength,
              in);
        }
      } catch (ZstdException e) {
        throw new CorruptIndexException(
            "stored document does not decompress: " + e.getMessage(), in, e);
      } finally {
        pool.offer(decoder);
      }
    }

    @Override
    public Decompressor clone() {
      return new ZstdDecompressor(dictionary);
    }
  }
}
