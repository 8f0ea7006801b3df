package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class BlockZstdTest {

  private static final String[] WORDS = {
    "the", "bank", "said", "interest", "rates", "would", "rise", "\"We", "expect", "growth,\"",
    "Mr", "Smith", "told", "reporters.", "aaaaaaaa", "é", "€", "\n"
  };

  @Test
  void everyRangeOfAChunkReadsBackAsWritten() throws IOException {
    Random random = new Random(7);
    int block = BlockZstd.BLOCK_BYTES;
    for (int chunk : new int[] {1, 17, 900, block - 1, block, 2 * block + 5, 81 * 1024}) {
      byte[] original = text(random, chunk);
      byte[] compressed = compress(original);
      for (int trial = 0; trial < 200; trial++) {
        int offset = random.nextInt(original.length);
        int length = random.nextInt(original.length - offset + 1);
        assertThat(read(new BlockZstd().newDecompressor(), compressed, original.length, offset, length))
            .as("chunk %d, bytes [%d, +%d)", chunk, offset, length)
            .isEqualTo(slice(original, offset, length));
      }
    }
  }

  @Test
  void readersOnManyThreadsEachGetTheirOwnBytes() throws Exception {
    byte[] original = text(new Random(11), 80 * 1024);
    byte[] compressed = compress(original);
    Decompressor first = new BlockZstd().newDecompressor();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> reads = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        Decompressor own = first.clone();
        Random random = new Random(t);
        reads.add(
            threads.submit(
                () -> {
                  for (int trial = 0; trial < 300; trial++) {
                    int offset = random.nextInt(original.length);
                    int length = random.nextInt(Math.min(5_000, original.length - offset) + 1);
                    assertThat(read(own, compressed, original.length, offset, length))
                        .isEqualTo(slice(original, offset, length));
                  }
                  return 300;
                }));
      }
      for (Future<Integer> read : reads) {
        assertThat(read.get()).isEqualTo(300);
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void newsTextComesOutSmallerThanItWent() throws IOException {
    byte[] original = text(new Random(3), 60_000);
    assertThat(compress(original).length).isLessThan(original.length / 2);
  }

  private static byte[] text(Random random, int length) {
    StringBuilder text = new StringBuilder();
    while (text.toString().getBytes(StandardCharsets.UTF_8).length < length) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
    return slice(utf8, 0, length);
  }

  private static byte[] compress(byte[] original) throws IOException {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try (Compressor compressor = new BlockZstd().newCompressor()) {
      compressor.compress(new ByteBuffersDataInput(List.of(ByteBuffer.wrap(original))), out);
    }
    return out.toArrayCopy();
  }

  private static byte[] read(
      Decompressor decompressor, byte[] compressed, int originalLength, int offset, int length)
      throws IOException {
    BytesRef bytes = new BytesRef();
    decompressor.decompress(new ByteArrayDataInput(compressed), originalLength, offset, length, bytes);
    return slice(bytes.bytes, bytes.offset, bytes.length);
  }

  private static byte[] slice(byte[] bytes, int offset, int length) {
    byte[] slice = new byte[length];
    System.arraycopy(bytes, offset, slice, 0, length);
    return slice;
  }
}
