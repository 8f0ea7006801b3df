package org.newsindex.ingest;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.newsindex.Article;
import org.newsindex.ArticleWriter;
import org.newsindex.IndexingReport;
import org.newsindex.IndexingReport.SkippedFile;
import org.newsindex.IndexingReport.Warning;
import org.newsindex.parse.MalformedArticleException;

/**
 * The bookkeeping of one incremental run over an index: which articles the input still has, which
 * of them changed, when to commit, and what to remove at the end. {@link FolderIndexer} finds and
 * reads the input; this class decides what each article means for the index.
 *
 * <p>Parsing, the costly part, runs on a pool of one thread per core, each parsed article going
 * straight to the (thread-safe) writer; the walk that finds and reads the input, and the decisions
 * about ids, stay on the caller's thread. Articles go to the parsers in batches, and a bounded
 * number of batches wait for a parser, so a large input never piles up in memory, and the caller,
 * which reads far faster than the parsers parse, is woken once a batch rather than once an
 * article.
 *
 * <p>Commits come as its {@link Commits} say, so a killed run loses little; the next run finds
 * what was committed unchanged and carries on. Each commit costs a flush of whatever the writer
 * holds, and small flushed segments cost merges later, so commits are few: once a minute by
 * default. Removals wait for the end of the run, when the whole input is known.
 */
final class IndexingRun {

  /** Makes an article from its input, only when the input changed: parsing is the costly part. */
  @FunctionalInterface
  interface ArticleSource {

    /** Parses the article. */
    Article article() throws MalformedArticleException;
  }

  /**
   * When a run commits: once {@code articles} articles were written since the last commit, or
   * {@code interval} has passed, whichever comes first.
   */
  record Commits(int articles, Duration interval) {

    /** Once a minute: a killed run loses at most a minute's work. */
    static final Commits DEFAULT = every(Duration.ofMinutes(1));

    Commits {
      if (articles < 1) {
        throw new IllegalArgumentException("articles must be at least 1, was " + articles);
      }
      Objects.requireNonNull(interval, "interval");
    }

    /** Commits that come with time alone. */
    static Commits every(Duration interval) {
      return new Commits(Integer.MAX_VALUE, interval);
    }
  }

  /**
   * Articles handed to a parser at once. Handing them one at a time woke the reading thread, and
   * switched a core to it, for every article: two context switches an article.
   */
  private static final int BATCH = 32;

  /** Batches read but not yet parsed, per parser thread: enough to keep every core busy. */
  private static final int QUEUED_PER_THREAD = 2;

  private final ArticleWriter writer;
  private final Commits commits;
  private final ExecutorService parsers;
  private final Semaphore queue;
  private List<Runnable> batch = new ArrayList<>(BATCH);
  private final AtomicReference<Exception> failure = new AtomicReference<>();
  /** Every article in the index when the run started, with its content hash. */
  private final Map<String, String> indexed;
  /** Every article id the input has named so far, with where it was named. */
  private final Map<String, String> seen = new HashMap<>();
  /** Id prefixes of folders that could not be read: their articles are kept, not removed. */
  private final List<String> keptPrefixes = new ArrayList<>();
  private final List<SkippedFile> skipped = Collections.synchronizedList(new ArrayList<>());
  private final List<Warning> warnings = Collections.synchronizedList(new ArrayList<>());
  private final long started = System.nanoTime();
  private String removalBlockedBy;
  private int filesSeen;
  private int filesIgnored;
  private final AtomicInteger added = new AtomicInteger();
  private final AtomicInteger updated = new AtomicInteger();
  private int unchanged;
  private long bytesRead;
  private int uncommitted;
  private long lastCommit = started;

  IndexingRun(ArticleWriter writer, int threads, Commits commits) throws IOException {
    this.writer = writer;
    this.commits = commits;
    this.indexed = writer.contentHashes();
    this.parsers =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "newsindex-parser");
              thread.setDaemon(true);
              return thread;
            });
    this.queue = new Semaphore(threads * QUEUED_PER_THREAD);
  }

  /** Counts a file found in the input. */
  void fileSeen() {
    filesSeen++;
  }

  /** Counts a file that is not article input. */
  void fileIgnored() {
    filesIgnored++;
  }

  /** Counts bytes of article input read. */
  void read(long bytes) {
    bytesRead += bytes;
  }

  /**
   * Offers one article of the input: left alone when its hash is the indexed one, otherwise parsed
   * and written (added or updated), or skipped when it cannot be parsed.
   *
   * @param where the file, or {@code file:line}, for the report
   */
  void offer(String id, String hash, String where, ArticleSource source) throws IOException {
    String first = seen.putIfAbsent(id, where);
    if (first != null) {
      skipped.add(new SkippedFile(where, "duplicate id \"" + id + "\" (first in " + first + ")"));
      return;
    }
    String indexedHash = indexed.get(id);
    if (hash.equals(indexedHash)) {
      unchanged++;
      return;
    }
    batch.add(
        () -> {
          try {
            write(source, hash, where, indexedHash == null);
          } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
          }
        });
    if (batch.size() == BATCH) {
      handOver();
    }
  }

  /** Hands the articles offered so far to a parser, waiting while too many batches wait already. */
  private void handOver() throws IOException {
    throwIfFailed();
    if (batch.isEmpty()) {
      return;
    }
    List<Runnable> articles = batch;
    batch = new ArrayList<>(BATCH);
    queue.acquireUninterruptibly();
    parsers.execute(
        () -> {
          try {
            // A failed run, or one stopped early, leaves the rest of the batch unwritten.
            for (int i = 0;
                i < articles.size()
                    && failure.get() == null
                    && !Thread.currentThread().isInterrupted();
                i++) {
              articles.get(i).run();
            }
          } finally {
            queue.release();
          }
        });
  }

  /** Parses an article and writes it; runs on a parser thread. */
  private void write(ArticleSource source, String hash, String where, boolean isNew)
      throws IOException {
    // The id counts as seen: input that went bad keeps its last good version in the index.
    Article article;
    try {
      article = source.article();
    } catch (MalformedArticleException | IllegalArgumentException e) {
      skipped.add(new SkippedFile(where, e.getMessage()));
      return;
    }
    try {
      writer.add(article, hash);
    } catch (IllegalArgumentException e) {
      // What the index refuses in one article alone (Lucene's own limits): the rest goes on.
      skipped.add(new SkippedFile(where, "cannot be indexed: " + e.getMessage()));
      return;
    }
    (isNew ? added : updated).incrementAndGet();
    commitIfDue();
  }

  /** Skips input that named no article; nothing in the index is kept on its account. */
  void skip(String where, String reason) {
    skipped.add(new SkippedFile(where, reason));
  }

  /** Skips input for article {@code id}, keeping the article's previous version in the index. */
  void skip(String where, String reason, String id) {
    seen.putIfAbsent(id, where);
    skip(where, reason);
  }

  /** Keeps every indexed article whose id starts with this prefix: its folder could not be read. */
  void keepUnder(String idPrefix) {
    keptPrefixes.add(idPrefix);
  }

  /**
   * Removes nothing at the end of this run: input that names its articles only inside (a JSON
   * Lines file) could not be read, so no article can be known to be gone.
   */
  void keepAll(String where) {
    if (removalBlockedBy == null) {
      removalBlockedBy = where;
    }
  }

  /** Notes an article indexed despite a problem. */
  void warn(String where, String message) {
    warnings.add(new Warning(where, message));
  }

  /** Bytes of article input read so far, for progress reports. */
  long bytesRead() {
    return bytesRead;
  }

  /** Articles written so far, for progress reports. */
  int articlesIndexed() {
    return added.get() + updated.get();
  }

  /** Files seen so far, for progress reports. */
  int filesSeen() {
    return filesSeen;
  }

  /**
   * Ends the run: removes the articles the input no longer has, commits if anything changed, and
   * reports.
   */
  IndexingReport finish() throws IOException {
    handOver();
    awaitParsers();
    throwIfFailed();
    int removed = removeGone();
    if (added.get() + updated.get() + removed > 0) {
      writer.commit();
    }
    return new IndexingReport(
        filesSeen,
        filesIgnored,
        added.get(),
        updated.get(),
        unchanged,
        removed,
        skipped,
        warnings,
        bytesRead,
        Duration.ofNanos(System.nanoTime() - started));
  }

  private int removeGone() throws IOException {
    if (removalBlockedBy != null) {
      warnings.add(new Warning(removalBlockedBy, "could not be read, so no article was removed"));
      return 0;
    }
    int removed = 0;
    for (String id : indexed.keySet()) {
      if (!seen.containsKey(id) && keptPrefixes.stream().noneMatch(id::startsWith)) {
        writer.delete(id);
        removed++;
      }
    }
    return removed;
  }

  /**
   * Commits when due. The commit runs outside the lock, so that the other parser threads go on
   * writing while it flushes (a writer is safe for that).
   */
  private void commitIfDue() throws IOException {
    if (commitDue()) {
      writer.commit();
    }
  }

  /** Counts an article written and says whether a commit is due; if so, the caller makes it. */
  private synchronized boolean commitDue() {
    uncommitted++;
    long now = System.nanoTime();
    if (uncommitted >= commits.articles() || now - lastCommit >= commits.interval().toNanos()) {
      uncommitted = 0;
      lastCommit = now;
      return true;
    }
    return false;
  }

  /** Stops the parser threads of a run that ended early; a finished run has stopped them. */
  void abandon() {
    parsers.shutdownNow();
  }

  /** Stops taking work and waits for every article handed to a parser to be written. */
  private void awaitParsers() throws IOException {
    parsers.shutdown();
    try {
      while (!parsers.awaitTermination(1, TimeUnit.MINUTES)) {
        // Keep waiting: a parser always finishes; a minute only bounds one wait.
      }
    } catch (InterruptedException e) {
      parsers.shutdownNow();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the last articles were parsed");
    }
  }

  /** Carries a parser thread's failure (the index, not an article, went wrong) to the caller. */
  private void throwIfFailed() throws IOException {
    Exception e = failure.get();
    if (e == null) {
      return;
    }
    parsers.shutdownNow();
    if (e instanceof IOException io) {
      throw io;
    }
    throw (RuntimeException) e;
  }
}
