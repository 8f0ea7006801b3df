package org.newsindex.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.newsindex.Article;
import org.newsindex.ArticleWriter;
import org.newsindex.IndexInUseException;
import org.newsindex.search.Schema;
import org.newsindex.search.StoryKeys;
import org.newsindex.search.StorySketch;

/**
 * Adds, replaces and deletes articles in an index folder. One writer per folder at a time: a second
 * one fails with {@link IndexInUseException}. Changes become durable and visible to searchers on
 * {@link #commit()}; closing without a commit discards them.
 *
 * <p>Safe to call from several threads, as Lucene's {@link IndexWriter} is.
 */
public final class NewsIndexWriter implements ArticleWriter {

  /**
   * How much the writer buffers before it writes a segment: a quarter of the heap, between 64 MB
   * and 1 GB. A bulk load then writes few large segments that need no merging (on 200,000 articles
   * and the default heap of a 24 GB machine, 2 segments instead of 6 with a fixed 128 MB), and a
   * search visits fewer segments; a small heap still leaves room for the parsers.
   */
  static final double RAM_BUFFER_MB =
      Math.clamp(Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024), 64, 1024);

  /**
   * How long a commit waits for its small segments to be merged into one ({@link
   * CommitMergePolicy}) before it commits them apart. Lucene's default, half a second, is shorter
   * than merging a few megabytes takes before the JIT has warmed up, and a writer closed without a
   * further commit drops a merge that finished too late.
   */
  static final Duration COMMIT_MERGE_WAIT = Duration.ofSeconds(30);

  /** Threads that flush the buffers at a commit: one per core. */
  private static final int FLUSH_THREADS = Runtime.getRuntime().availableProcessors();

  private static final ThreadFactory FLUSH_HELPERS =
      Thread.ofPlatform().name("newsindex-flush-", 1).daemon().factory();

  private final Directory directory;
  private final IndexWriter writer;
  private final StoryLookup storyLookup;
  private final StoryKeys stories;

  private NewsIndexWriter(Directory directory, IndexWriter writer, boolean empty) {
    this.directory = directory;
    this.writer = writer;
    this.storyLookup = new StoryLookup(writer, directory, empty);
    this.stories = new StoryKeys(storyLookup);
  }

  /**
   * Opens the index in a folder for writing, creating the folder and an empty index if needed. An
   * index written by another version of the layout starts again empty (its last commit stays
   * readable until this writer's first commit), since its documents cannot be mixed with new ones.
   *
   * @throws IndexInUseException when another writer has the index open
   */
  public static NewsIndexWriter open(Path indexDir) throws IOException {
    IndexFolder.requireNotAFile(indexDir);
    Directory directory = FSDirectory.open(indexDir);
    try {
      boolean exists = DirectoryReader.indexExists(directory);
      boolean current = !exists || ArticleDocuments.hasCurrentLayout(directory);
      IndexWriterConfig config =
          new IndexWriterConfig(Schema.indexAnalyzer())
              .setOpenMode(
                  current
                      ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND
                      : IndexWriterConfig.OpenMode.CREATE)
              .setRAMBufferSizeMB(RAM_BUFFER_MB)
              .setMergePolicy(new CommitMergePolicy())
              .setMaxFullFlushMergeWaitMillis(COMMIT_MERGE_WAIT.toMillis())
              .setCodec(new NewsindexCodec())
              // Flushed segments stay as separate files: a bulk load flushes a few large ones,
              // which a compound file would only copy again, and a commit merges small ones.
              .setUseCompoundFile(false)
              .setCommitOnClose(false);
      IndexWriter writer = new IndexWriter(directory, config);
      writer.setLiveCommitData(
          Map.of(Schema.VERSION_KEY, String.valueOf(Schema.VERSION)).entrySet());
      return new NewsIndexWriter(directory, writer, !(exists && current));
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IndexInUseException(indexDir, e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The article and its quotes replace the old ones in one atomic step, so that no search ever
   * sees half of either. The article joins the story of the most similar article written before it
   * ({@link StoryKeys}).
   */
  @Override
  public void add(Article article, String contentHash) throws IOException {
    StorySketch sketch = StorySketch.of(article.headline(), article.paragraphs());
    long story = stories.assign(article.id(), sketch);
    writer.updateDocuments(
        ArticleDocuments.blockTerm(article.id()),
        ArticleDocuments.documents(article, contentHash, story, sketch));
    stories.written(article.id());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Read from doc values and terms, never from stored documents, so it is fast even for large
   * indexes.
   */
  @Override
  public Map<String, String> contentHashes() throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return IndexedHashes.load(reader);
    }
  }

  @Override
  public void delete(String id) throws IOException {
    writer.deleteDocuments(ArticleDocuments.blockTerm(id));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Each thread that indexes fills a buffer of its own, and a commit flushes them all. While a
   * run goes on, its threads share that work; at its end none is left, so helpers flush buffers
   * beside the committing thread, one thread per core in all.
   */
  @Override
  public void commit() throws IOException {
    List<Future<Boolean>> flushes = new ArrayList<>();
    try (ExecutorService helpers = Executors.newThreadPerTaskExecutor(FLUSH_HELPERS)) {
      for (int i = 1; i < FLUSH_THREADS; i++) {
        flushes.add(helpers.submit(writer::flushNextBuffer));
      }
      writer.commit();
    }
    for (Future<Boolean> flush : flushes) {
      if (flush.state() == Future.State.FAILED) {
        throw new IOException("a buffer could not be flushed", flush.exceptionNow());
      }
    }
  }

  /** Discards uncommitted changes and releases the write lock. */
  @Override
  public void close() throws IOException {
    try (directory; writer; storyLookup) {
      // Closes the story lookup's reader, then the writer, then the directory.
    }
  }
}
