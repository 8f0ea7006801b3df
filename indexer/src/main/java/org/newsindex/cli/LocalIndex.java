package org.newsindex.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.newsindex.NewsSearcher;
import org.newsindex.SearcherOptions;
import org.newsindex.lucene.LuceneNewsSearcher;
import picocli.CommandLine.Option;

/** The {@code --index} option of the commands that read a local index, and opening it. */
final class LocalIndex {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      defaultValue = "index-data",
      description = "The index folder to read (default: ${DEFAULT-VALUE}).")
  Path folder;

  /** The index, searched as the server searches it but without a cache: one question, one run. */
  NewsSearcher open() throws IOException {
    return LuceneNewsSearcher.open(folder, SearcherOptions.DEFAULTS.withResultCacheSize(0));
  }
}
