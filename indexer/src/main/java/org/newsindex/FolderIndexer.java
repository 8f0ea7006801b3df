package org.newsindex;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.newsindex.IndexingReport.SkippedFile;
import org.newsindex.parse.ArticleParser;
import org.newsindex.parse.MalformedArticleException;

/**
 * Indexes every article file under a folder: each {@code .txt} file is parsed and added (replacing
 * the article of the same id), a file that cannot be read or parsed is skipped with its reason, and
 * the rest is indexed all the same. Hidden files and folders (name starting with {@code .}) and
 * editor backups (name ending in {@code ~}) are passed over; symbolic links are followed.
 */
public final class FolderIndexer {

  /** Hears about progress during a long run. */
  @FunctionalInterface
  public interface Progress {

    /** Reports the files seen and articles indexed so far; called once per file. */
    void update(int filesSeen, int articlesIndexed);

    /** Progress that nobody watches. */
    Progress NONE = (filesSeen, articlesIndexed) -> {};
  }

  private static final String ARTICLE_SUFFIX = ".txt";

  private final ArticleParser parser;

  /** An indexer that reads articles with the given parser. */
  public FolderIndexer(ArticleParser parser) {
    this.parser = Objects.requireNonNull(parser, "parser");
  }

  /**
   * Indexes the articles under {@code input} into {@code writer} and commits.
   *
   * @throws NoSuchFileException   when the input folder does not exist
   * @throws NotDirectoryException when the input is not a folder
   */
  public IndexingReport index(Path input, NewsIndexWriter writer, Progress progress)
      throws IOException {
    requireFolder(input);
    long started = System.nanoTime();
    Run run = new Run(input, writer, progress);
    Files.walkFileTree(input, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, run);
    writer.commit();
    return new IndexingReport(
        run.filesSeen,
        run.indexed,
        run.skipped,
        run.bytesRead,
        Duration.ofNanos(System.nanoTime() - started));
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
    String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    return relative.endsWith(ARTICLE_SUFFIX)
        ? relative.substring(0, relative.length() - ARTICLE_SUFFIX.length())
        : relative;
  }

  private static boolean isHiddenOrBackup(Path path) {
    Path name = path.getFileName();
    if (name == null) {
      return false;
    }
    String text = name.toString();
    return text.startsWith(".") || text.endsWith("~");
  }

  /** Decodes UTF-8 strictly: a file in another encoding is reported rather than garbled. */
  private static String decode(byte[] bytes) throws MalformedArticleException {
    for (byte b : bytes) {
      if (b == 0) {
        throw new MalformedArticleException("binary file (contains NUL bytes)");
      }
    }
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new MalformedArticleException("not valid UTF-8 text");
    }
  }

  /** The state of one walk over the input folder. */
  private final class Run extends SimpleFileVisitor<Path> {
    private final Path root;
    private final NewsIndexWriter writer;
    private final Progress progress;
    private final List<SkippedFile> skipped = new ArrayList<>();
    private int filesSeen;
    private int indexed;
    private long bytesRead;

    Run(Path root, NewsIndexWriter writer, Progress progress) {
      this.root = root;
      this.writer = writer;
      this.progress = progress;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      return !dir.equals(root) && isHiddenOrBackup(dir)
          ? FileVisitResult.SKIP_SUBTREE
          : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      if (!attrs.isRegularFile() || isHiddenOrBackup(file)) {
        return FileVisitResult.CONTINUE;
      }
      filesSeen++;
      if (file.getFileName().toString().endsWith(ARTICLE_SUFFIX)) {
        indexFile(file);
      }
      progress.update(filesSeen, indexed);
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      if (isHiddenOrBackup(file)) {
        return FileVisitResult.CONTINUE;
      }
      filesSeen++;
      String reason =
          e instanceof FileSystemLoopException ? "symbolic link loop" : "cannot read: " + e;
      skipped.add(new SkippedFile(root.relativize(file).toString(), reason));
      return FileVisitResult.CONTINUE;
    }

    private void indexFile(Path file) throws IOException {
      String relative = root.relativize(file).toString();
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        skipped.add(new SkippedFile(relative, "cannot read: " + e.getMessage()));
        return;
      }
      bytesRead += bytes.length;
      try {
        writer.add(parser.parse(articleId(root, file), decode(bytes)));
        indexed++;
      } catch (MalformedArticleException e) {
        skipped.add(new SkippedFile(relative, e.getMessage()));
      }
    }
  }
}
