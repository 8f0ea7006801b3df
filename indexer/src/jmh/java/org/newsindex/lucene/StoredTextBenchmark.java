package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogDocMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.newsindex.Article;
import org.newsindex.bench.Corpus;
import org.newsindex.bench.ScratchFolder;
import org.newsindex.search.Schema;
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
 * Time to read one hit's stored document (the fields a hit shows and highlights), as a search does
 * for each hit on its page: from an index of the corpus's articles written with the newsindex
 * codec ({@link ZstdStoredFields}: each document alone, with its segment's dictionary) and, to
 * compare, with Lucene's default codec (LZ4 in chunks with a preset dictionary, the default of Solr
 * and Elasticsearch). Each call reads the next of 500 random articles. The setup prints the stored
 * fields' bytes of each index.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class StoredTextBenchmark {

  /** The folder of article files; generated articles top it up. */
  @Param(Corpus.DEFAULT_FOLDER)
  public String corpus;

  private final Index newsindex = new Index(new NewsindexCodec());
  private final Index lucene = new Index(new Lucene104Codec());
  private int next;

  /** Writes both indexes and picks the articles to read. */
  @Setup
  public void write() throws IOException {
    List<Article> articles = Corpus.articles(corpus);
    newsindex.write(articles);
    lucene.write(articles);
    System.out.printf(
        "%nstored fields: %d bytes with the newsindex codec, %d with Lucene's default%n",
        newsindex.storedBytes(), lucene.storedBytes());
  }

  @TearDown
  public void delete() throws IOException {
    newsindex.close();
    lucene.close();
  }

  @Benchmark
  public Document newsindexCodec() throws IOException {
    return newsindex.read(next++);
  }

  @Benchmark
  public Document luceneDefault() throws IOException {
    return lucene.read(next++);
  }

  /** An index of the articles, written with one codec, and the article documents to read. */
  private static final class Index implements AutoCloseable {
    private final Codec codec;
    private ScratchFolder folder;
    private Directory directory;
    private DirectoryReader reader;
    private StoredFields stored;
    private final List<Integer> articles = new ArrayList<>();

    Index(Codec codec) {
      this.codec = codec;
    }

    void write(List<Article> all) throws IOException {
      folder = ScratchFolder.create();
      directory = new MMapDirectory(folder.path());
      List<Integer> firsts = new ArrayList<>();
      LogDocMergePolicy inOrder = new LogDocMergePolicy(); // keeps documents' numbers
      inOrder.setNoCFSRatio(0); // the stored fields in files of their own, to measure
      IndexWriterConfig config =
          new IndexWriterConfig(Schema.indexAnalyzer())
              .setCodec(codec)
              .setUseCompoundFile(false)
              .setMergePolicy(inOrder);
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (Article article : all) {
          firsts.add(writer.getDocStats().maxDoc);
          writer.addDocuments(ArticleDocuments.documents(article, "hash"));
        }
        writer.forceMerge(1);
      }
      reader = DirectoryReader.open(directory);
      stored = reader.storedFields();
      Random random = new Random(42);
      for (int i = 0; i < 500; i++) {
        articles.add(firsts.get(random.nextInt(firsts.size())));
      }
    }

    Document read(int i) throws IOException {
      int doc = articles.get(i % articles.size());
      return stored.document(doc, ArticleDocuments.highlightedHitFields());
    }

    long storedBytes() throws IOException {
      long bytes = 0;
      for (String file : directory.listAll()) {
        if (file.matches(".*\\.(fdt|fdx|fdm|zdict)$")) {
          bytes += directory.fileLength(file);
        }
      }
      return bytes;
    }

    @Override
    public void close() throws IOException {
      reader.close();
      directory.close();
      folder.close();
    }
  }
}
