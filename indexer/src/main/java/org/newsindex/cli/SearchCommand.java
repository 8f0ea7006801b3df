package org.newsindex.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsindex.Limits;
import org.newsindex.NewsSearcher;
import org.newsindex.SearchRequest;
import org.newsindex.SearchResult;
import org.newsindex.SortOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indexer search}: the API's search, from a terminal. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = {
      "Searches a local index as GET /api/search does and prints the ranked articles with their"
          + " date, source, headline and snippets; matches in bold on a terminal.",
      "With --json, prints exactly what /api/search returns."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the search ran (it may have found nothing)",
      "1:the index is missing or unreadable, or the query was refused",
      "2:the command line could not be read"
    })
final class SearchCommand implements Callable<Integer> {

  @Parameters(paramLabel = "QUERY", description = "Words, \"phrases\", -not, a OR b, prefix*.")
  String query;

  @Mixin LocalIndex index;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
      description = "relevance, newest or oldest (default: ${DEFAULT-VALUE}).")
  SortOrder sort;

  @Option(names = "--speaker", paramLabel = "NAME",
      description = "Only articles quoting this person; repeat for any of several.")
  List<String> speakers = List.of();

  @Option(names = "--source", paramLabel = "NAME",
      description = "Only articles from this publication; repeat for any of several.")
  List<String> sources = List.of();

  @Option(names = "--from", paramLabel = "DATE",
      description = "Only articles dated on or after this day (2024-03-19).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE",
      description = "Only articles dated on or before this day.")
  LocalDate to;

  @Option(names = "--size", paramLabel = "N", defaultValue = "" + Limits.DEFAULT_SIZE,
      description = "How many articles to print (default: ${DEFAULT-VALUE}).")
  int size;

  @Mixin Copies copies;

  @Mixin AnswerFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SearchRequest request =
        SearchRequest.builder(query)
            .speakers(speakers)
            .sources(sources)
            .dates(from, to)
            .sort(sort)
            .size(size)
            .collapse(copies.collapse())
            .build();
    SearchResult result;
    try (NewsSearcher searcher = index.open()) {
      result = searcher.search(request);
    }
    format.print(
        spec.commandLine().getOut(),
        result,
        out -> print(out, result, TerminalText.forOutput()));
    return 0;
  }

  private static void print(PrintWriter out, SearchResult result, TerminalText text) {
    out.printf(
        Locale.ROOT,
        "%,d %s for %s (%d ms)%n",
        result.total(),
        result.total() == 1 ? "article" : "articles",
        result.query(),
        result.tookMillis());
    if (result.didYouMean() != null) {
      out.printf(Locale.ROOT, "Did you mean: %s%n", result.didYouMean().query());
    }
    int rank = 0;
    for (SearchResult.Hit hit : result.hits()) {
      out.println();
      out.printf(Locale.ROOT, "%d. %s%n", ++rank, text.of(hit.headlineHtml()));
      out.printf(
          Locale.ROOT,
          "   %s  %s  %s%s%n",
          hit.date() == null ? "undated" : hit.date(),
          hit.source() == null ? "-" : hit.source(),
          hit.id(),
          Copies.of(hit.duplicates()));
      for (String snippet : hit.snippets()) {
        out.println("   " + text.of(snippet));
      }
    }
  }
}
