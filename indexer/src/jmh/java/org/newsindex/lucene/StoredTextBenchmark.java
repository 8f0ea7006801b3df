package org.newsindex.lucene;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.LZ4WithPresetDictCompressionMode;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.BytesRef;
import org.newsindex.bench.Corpus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time to read one article's stored bytes out of a compressed chunk, as a search does for each hit
 * it shows, with the index's {@link BlockZstd} and, to compare, with Lucene's fastest stored-fields
 * compression (LZ4 with a smaller preset dictionary, the default of Solr and Elasticsearch). Each
 * call reads the next of a few hundred random 3,000-byte articles out of 80 KiB chunks of the
 * corpus's text, from a memory-mapped file as an index is read. The setup prints what each mode
 * makes of the same text.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class StoredTextBenchmark {

  private static final int CHUNK_BYTES = 80 * 1024;
  private static final int ARTICLE_BYTES = 3_000;

  /** The folder of article files; generated articles top it up. */
  @Param(Corpus.DEFAULT_FOLDER)
  public String corpus;

  private Path folder;
  private Directory directory;
  private final Chunks zstd = new Chunks("zstd", new BlockZstd());
  private final Chunks fast = new Chunks("fast", new LZ4WithPresetDictCompressionMode());
  private final List<int[]> reads = new ArrayList<>();
  private int next;

  /** Compresses the corpus's text in chunks and picks the articles to read. */
  @Setup
  public void compress() throws IOException {
    StringBuilder text = new StringBuilder();
    for (Corpus.Text article : Corpus.texts(corpus)) {
      text.append(article.text());
    }
    byte[] all = text.toString().getBytes(StandardCharsets.UTF_8);
    folder = Files.createTempDirectory("newsindex-stored-bench");
    directory = new MMapDirectory(folder);
    zstd.write(all);
    fast.write(all);
    System.out.printf(
        "%nstored bytes: %d of text, %d zstd, %d fast%n", all.length, zstd.size(), fast.size());
    Random random = new Random(42);
    for (int i = 0; i < 500; i++) {
      reads.add(
          new int[] {random.nextInt(zstd.starts.size()), random.nextInt(CHUNK_BYTES - ARTICLE_BYTES)});
    }
  }

  /** Deletes the files. */
  @TearDown
  public void delete() throws IOException {
    zstd.delete();
    fast.delete();
    directory.close();
    Files.delete(folder);
  }

  @Benchmark
  public BytesRef blockZstd() throws IOException {
    return zstd.read(reads.get(next++ % reads.size()));
  }

  @Benchmark
  public BytesRef luceneFastest() throws IOException {
    return fast.read(reads.get(next++ % reads.size()));
  }

  /** One file of chunks compressed by one mode. */
  private final class Chunks {
    private final String name;
    private final CompressionMode mode;
    private final List<Long> starts = new ArrayList<>();
    private final BytesRef bytes = new BytesRef();
    private Decompressor decompressor;
    private IndexInput input;

    Chunks(String name, CompressionMode mode) {
      this.name = name;
      this.mode = mode;
    }

    void write(byte[] text) throws IOException {
      try (Compressor compressor = mode.newCompressor();
          IndexOutput out = directory.createOutput(name, IOContext.DEFAULT)) {
        for (int start = 0; start + CHUNK_BYTES <= text.length; start += CHUNK_BYTES) {
          starts.add(out.getFilePointer());
          compressor.compress(
              new ByteBuffersDataInput(List.of(ByteBuffer.wrap(text, start, CHUNK_BYTES))), out);
        }
      }
      input = directory.openInput(name, IOContext.DEFAULT);
      decompressor = mode.newDecompressor();
    }

    long size() {
      return input.length();
    }

    BytesRef read(int[] chunkAndOffset) throws IOException {
      input.seek(starts.get(chunkAndOffset[0]));
      decompressor.decompress(input, CHUNK_BYTES, chunkAndOffset[1], ARTICLE_BYTES, bytes);
      return bytes;
    }

    void delete() throws IOException {
      input.close();
      directory.deleteFile(name);
    }
  }
}
