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
import org.newsindex.StoryContract;

/** {@link StoryContract} over local index folders. */
class LuceneStoryContractTest extends StoryContract {

  private final List<Path> folders = new ArrayList<>();

  @Override
  protected NewsSearcherContract.Store newStore() throws IOException {
    Path folder = Files.createTempDirectory("newsindex-stories");
    folders.add(folder);
    return new NewsSearcherContract.Store() {
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
