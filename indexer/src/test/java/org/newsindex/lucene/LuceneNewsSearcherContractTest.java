package org.newsindex.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsindex.ArticleWriter;
import org.newsindex.NewsSearcher;
import org.newsindex.NewsSearcherContract;

/** {@link NewsSearcherContract} over local index folders. */
class LuceneNewsSearcherContractTest extends NewsSearcherContract {

  private final List<Path> folders = new ArrayList<>();

  @Override
  protected Store newStore() throws IOException {
    Path folder = Files.createTempDirectory("newsindex-contract");
    folders.add(folder);
    return new Store() {
      @Override
      public ArticleWriter writer() throws IOException {
        return NewsIndexWriter.open(folder);
      }

      @Override
      public NewsSearcher searcher() throws IOException {
        return LuceneNewsSearcher.open(folder);
      }
    };
  }

  @Override
  protected void deleteStores() throws IOException {
    for (Path folder : folders) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
