package org.newsindex.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import org.newsindex.Article;
import org.newsindex.ArticleWriter;
import org.newsindex.IndexingReport;
import org.newsindex.parse.ArticleParser;
import org.newsindex.parse.JsonArticleReader;
import org.newsindex.parse.MalformedArticleException;
import org.newsindex.parse.WrittenArticle;
import org.newsindex.search.ContentHash;

/**
 * Makes an index mirror a folder of article files, incrementally.
 *
 * <p>Input: each {@code .txt} file is one article, its id the path without {@code .txt}; each
 * {@code .jsonl} file holds one article per line, its id given in the line (see {@link
 * JsonArticleReader}). Every article's input is hashed; an article whose hash matches the one in
 * the index is left alone without being parsed, a changed one is parsed and replaced, a new one
 * added, and at the end every indexed article the folder no longer has is removed. So the index
 * mirrors the folder: an article indexed from elsewhere is removed by a run over a folder without
 * it.
 *
 * <p>Nothing in the input stops a run. A file or line that cannot be read or parsed is skipped
 * with a one-line reason and, when its article id is known, that article's previous version is
 * kept. Text that is not UTF-8 is read as windows-1252 with a warning. A file over
 * {@link #MAX_ARTICLE_BYTES} is skipped unread (a JSON Lines file may be any size, but each of its
 * lines is held to the limit). Symbolic links are followed; broken ones and loops are reported.
 * FIFOs, devices and other files that are not regular are never opened, since reading one could
 * block forever. Hidden files and folders (name starting with {@code .}) and editor backups (name
 * ending in {@code ~}) are passed over.
 *
 * <p>The run commits periodically, so that a crash loses little and a re-run completes the index,
 * and once at the end if anything changed.
 */
public final class FolderIndexer {

  /** Hears about progress during a long run. */
  @FunctionalInterface
  public interface Progress {

    /**
     * Reports the files seen, the articles written (added or updated) and the bytes of article
     * input read so far; called once per file, on the thread that walks the input.
     */
    void update(int filesSeen, int articlesWritten, long bytesRead);

    /** Progress that nobody watches. */
    Progress NONE = (filesSeen, articlesWritten, bytesRead) -> {};
  }

  /**
   * The largest article file, or JSON Lines line, that is read: 10 MB (10^6 bytes each), a
   * thousand times a long article. Anything larger is not an article but a log or a dump, and
   * reading it whole would cost memory for nothing.
   */
  public static final int MAX_ARTICLE_BYTES = 10_000_000;

  private static final String TEXT_SUFFIX = ".txt";
  private static final String JSON_LINES_SUFFIX = ".jsonl";

  private final ArticleParser parser;
  private final IndexingRun.Commits commits;
  private final JsonArticleReader jsonReader = new JsonArticleReader();

  /** An indexer that reads articles with the given parser and commits once a minute. */
  public FolderIndexer(ArticleParser parser) {
    this(parser, IndexingRun.Commits.DEFAULT);
  }

  /**
   * An indexer that reads articles with the given parser and commits at least every {@code
   * commitInterval} during a run: a killed run loses at most that much work, and more frequent
   * commits make a large run slower.
   */
  public FolderIndexer(ArticleParser parser, Duration commitInterval) {
    this(parser, IndexingRun.Commits.every(commitInterval));
  }

  FolderIndexer(ArticleParser parser, IndexingRun.Commits commits) {
    this.parser = Objects.requireNonNull(parser, "parser");
    this.commits = Objects.requireNonNull(commits, "commits");
  }

  /**
   * Brings the index in {@code writer} up to date with the articles under {@code input}: adds,
   * updates and removes articles so that the index holds exactly the folder's articles, and
   * commits.
   *
   * @throws NoSuchFileException   when the input folder does not exist
   * @throws NotDirectoryException when the input is not a folder
   */
  public IndexingReport index(Path input, ArticleWriter writer, Progress progress)
      throws IOException {
    requireFolder(input);
    IndexingRun run =
        new IndexingRun(writer, Runtime.getRuntime().availableProcessors(), commits);
    try {
      Files.walkFileTree(
          input,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new Walk(input, run, progress));
      return run.finish();
    } finally {
      run.abandon();
    }
  }

  /**
   * How many bytes of article input a run over the folder would read, by the rules of {@link
   * #index}'s walk: for an estimate of the time a run has left. Folders that cannot be read count
   * as empty.
   */
  public static long inputBytes(Path input) throws IOException {
    long[] total = {0};
    Files.walkFileTree(
        input,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return enter(input, dir);
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isRegularFile() && !isHiddenOrBackup(file) && isArticleInput(file)) {
              total[0] += isTooLarge(file, attrs) ? 0 : attrs.size();
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    return total[0];
  }

  /**
   * Checks that an input folder exists before anything is written.
   *
   * @throws NoSuchFileException   when it does not exist
   * @throws NotDirectoryException when it is not a folder
   */
  public static void requireFolder(Path input) throws IOException {
    if (!Files.exists(input)) {
      throw new NoSuchFileException(input.toString(), null, "input folder does not exist");
    }
    if (!Files.isDirectory(input)) {
      throw new NotDirectoryException(input.toString());
    }
  }

  /**
   * The id of the article in {@code file}: its path relative to {@code root}, without {@code .txt},
   * with {@code /} separators on every platform.
   */
  public static String articleId(Path root, Path file) {
    String relative = relative(root, file);
    return relative.endsWith(TEXT_SUFFIX)
        ? relative.substring(0, relative.length() - TEXT_SUFFIX.length())
        : relative;
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  /** Whether a walk from {@code root} goes into a folder: not into hidden or backup ones. */
  private static FileVisitResult enter(Path root, Path dir) {
    return !dir.equals(root) && isHiddenOrBackup(dir)
        ? FileVisitResult.SKIP_SUBTREE
        : FileVisitResult.CONTINUE;
  }

  private static boolean isHiddenOrBackup(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return false;
    }
    String text = name.toString();
    return text.startsWith(".") || text.endsWith("~");
  }

  /** A text file over {@link #MAX_ARTICLE_BYTES}, skipped unread (JSON lines are streamed). */
  private static boolean isTooLarge(Path file, BasicFileAttributes attrs) {
    return !file.getFileName().toString().endsWith(JSON_LINES_SUFFIX)
        && attrs.size() > MAX_ARTICLE_BYTES;
  }

  private static boolean isArticleInput(Path file) {
    String name = file.getFileName().toString();
    return name.endsWith(TEXT_SUFFIX) || name.endsWith(JSON_LINES_SUFFIX);
  }

  /** One walk over the input folder, handing what it finds to the run. */
  private final class Walk extends SimpleFileVisitor<Path> {
    private final Path root;
    private final IndexingRun run;
    private final Progress progress;

    Walk(Path root, IndexingRun run, Progress progress) {
      this.root = root;
      this.run = run;
      this.progress = progress;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      return enter(root, dir);
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      if (isHiddenOrBackup(file)) {
        return FileVisitResult.CONTINUE;
      }
      run.fileSeen();
      String where = relative(root, file);
      if (attrs.isSymbolicLink()) {
        // The walk follows links; it hands over the link itself only when following failed.
        skip(file, SkipReasons.ofLink(file));
      } else if (!isArticleInput(file)) {
        run.fileIgnored();
      } else if (!attrs.isRegularFile()) {
        skip(file, "not a regular file (a FIFO, socket or device is never read)");
      } else if (where.endsWith(JSON_LINES_SUFFIX)) {
        indexLines(file, where);
      } else if (isTooLarge(file, attrs)) {
        // Skipped on its size alone, before a byte of it is read.
        skip(file, SkipReasons.tooLarge(attrs.size(), MAX_ARTICLE_BYTES));
      } else {
        indexText(file, where);
      }
      progress.update(run.filesSeen(), run.articlesIndexed(), run.bytesRead());
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (isHiddenOrBackup(file)) {
        return FileVisitResult.CONTINUE;
      }
      run.fileSeen();
      skipFolderOrFile(file, SkipReasons.of(e));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
      // A folder that fails part way is reported, and the walk goes on with the next one.
      if (e != null) {
        skipFolderOrFile(dir, SkipReasons.of(e));
      }
      return FileVisitResult.CONTINUE;
    }

    /** Skips a path that may be a folder: its articles, whatever they are, stay in the index. */
    private void skipFolderOrFile(Path path, String reason) {
      skip(path, reason);
      run.keepUnder(relative(root, path) + "/");
    }

    /** Skips a file, keeping the previous version of the articles it held. */
    private void skip(Path file, String reason) {
      String where = relative(root, file);
      if (where.endsWith(JSON_LINES_SUFFIX)) {
        run.skip(where, reason);
        run.keepAll(where);
      } else {
        run.skip(where, reason, articleId(root, file));
      }
    }

    private void indexText(Path file, String where) throws IOException {
      String id = articleId(root, file);
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        // Bounded even though the size was checked: files in /proc report a size of 0.
        bytes = in.readNBytes(MAX_ARTICLE_BYTES + 1);
      } catch (IOException e) {
        run.skip(where, SkipReasons.of(e), id);
        return;
      }
      if (bytes.length > MAX_ARTICLE_BYTES) {
        run.skip(where, SkipReasons.tooLarge(bytes.length, MAX_ARTICLE_BYTES), id);
        return;
      }
      run.read(bytes.length);
      run.offer(
          id,
          ContentHash.of(bytes, bytes.length),
          where,
          () -> {
            TextDecoding.Decoded text = TextDecoding.decode(bytes, bytes.length);
            Article article = parser.parse(id, text.text());
            warnIfAny(where, text, article);
            return article;
          });
    }

    private void indexLines(Path file, String where) throws IOException {
      try (InputStream in = Files.newInputStream(file)) {
        ByteLines.read(in, MAX_ARTICLE_BYTES, new ByteLines.Visitor() {
          @Override
          public void line(int number, byte[] bytes, int length) {
            run.read(length + 1L);
            try {
              indexLine(where + ":" + number, bytes, length);
            } catch (IOException e) {
              // Not a problem of this file but of the index: carried out of the walk below.
              throw new UncheckedIOException(e);
            }
          }

          @Override
          public void tooLong(int number, long length) {
            run.read(length + 1);
            run.skip(where + ":" + number, SkipReasons.tooLarge(length, MAX_ARTICLE_BYTES));
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } catch (IOException e) {
        run.skip(where, SkipReasons.of(e));
        run.keepAll(where);
      }
    }

    private void indexLine(String where, byte[] bytes, int length) throws IOException {
      if (isBlank(bytes, length)) {
        return;
      }
      TextDecoding.Decoded text;
      WrittenArticle written;
      try {
        text = TextDecoding.decode(bytes, length);
        written = jsonReader.read(text.text());
      } catch (MalformedArticleException e) {
        if (e.articleId().isPresent()) {
          run.skip(where, e.getMessage(), e.articleId().get());
        } else {
          run.skip(where, e.getMessage());
        }
        return;
      }
      run.offer(
          written.id(),
          ContentHash.of(bytes, length),
          where,
          () -> {
            Article article = parser.complete(written);
            warnIfAny(where, text, article);
            return article;
          });
    }

    private static boolean isBlank(byte[] bytes, int length) {
      for (int i = 0; i < length; i++) {
        if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
          return false;
        }
      }
      return true;
    }

    /**
     * Reports what was read with a doubt: text that was not UTF-8, and a date that reads as no
     * date (the article is indexed undated).
     */
    private void warnIfAny(String where, TextDecoding.Decoded text, Article article) {
      if (text.warning() != null) {
        run.warn(where, text.warning());
      }
      if (article.dateText() != null && article.date() == null) {
        run.warn(
            where, "date \"" + article.dateText() + "\" not understood; indexed without a date");
      }
    }
  }
}
