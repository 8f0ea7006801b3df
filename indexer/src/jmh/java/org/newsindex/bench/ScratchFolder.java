package org.newsindex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsindex.Article;
import org.newsindex.lucene.NewsIndexWriter;

/** A temporary folder for an index that a benchmark writes, deleted with everything in it on close. */
public final class ScratchFolder implements AutoCloseable {

  private final Path path;

  private ScratchFolder(Path path) {
    this.path = path;
  }

  /** Creates an empty folder under the system's temporary folder. */
  public static ScratchFolder create() throws IOException {
    return new ScratchFolder(Files.createTempDirectory("newsindex-bench-"));
  }

  /**
   * A new folder holding a committed index of {@code articles}, as {@link NewsIndexWriter} writes
   * it.
   */
  public static ScratchFolder indexOf(List<Article> articles) throws IOException {
    ScratchFolder folder = create();
    try (NewsIndexWriter writer = NewsIndexWriter.open(folder.path())) {
      for (Article article : articles) {
        writer.add(article);
      }
      writer.commit();
    }
    return folder;
  }

  /** The folder. */
  public Path path() {
    return path;
  }

  /** Deletes the folder and everything in it. */
  @Override
  public void close() throws IOException {
    try (Stream<Path> paths = Files.walk(path)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
