package org.newsindex.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsindex.NewsSearcherContract;

/** The local indexes of the backend contracts: each a new temporary folder, all deleted at the end. */
final class LocalStores {

  private final List<Path> folders = new ArrayList<>();

  /** A new, empty index folder. */
  NewsSearcherContract.Store newStore() throws IOException {
    Path folder = Files.createTempDirectory("newsindex-contract");
    folders.add(folder);
    return new NewsSearcherContract.Store(
        () -> NewsIndexWriter.open(folder), () -> LuceneNewsSearcher.open(folder));
  }

  /** Deletes every folder {@link #newStore()} made. */
  void deleteAll() throws IOException {
    for (Path folder : folders) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    folders.clear();
  }
}
