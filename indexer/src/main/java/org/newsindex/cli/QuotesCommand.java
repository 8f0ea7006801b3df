package org.newsindex.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsindex.Limits;
import org.newsindex.NewsSearcher;
import org.newsindex.QuoteSearchRequest;
import org.newsindex.QuoteSearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indexer quotes}: who said what, from a terminal. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = {
      "Searches the quotes of a local index as GET /api/quotes does: by their words, by who said"
          + " them (--speaker), or both; prints each quote with its speaker, date and article.",
      "With --json, prints exactly what /api/quotes returns."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the search ran (it may have found nothing)",
      "1:the index is missing or unreadable, or the request was refused",
      "2:the command line could not be read"
    })
final class QuotesCommand implements Callable<Integer> {

  @Parameters(paramLabel = "QUERY", arity = "0..1", description = "Words of the quotes, optional.")
  String query;

  @Mixin LocalIndex index;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes of this person.")
  String speaker;

  @Option(names = "--size", paramLabel = "N", defaultValue = "" + Limits.DEFAULT_SIZE,
      description = "How many quotes to print (default: ${DEFAULT-VALUE}).")
  int size;

  @Mixin Copies copies;

  @Mixin AnswerFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    QuoteSearchResult result;
    try (NewsSearcher searcher = index.open()) {
      result =
          searcher.searchQuotes(
              new QuoteSearchRequest(query, speaker, 0, size, copies.collapse()));
    }
    format.print(spec.commandLine().getOut(), result, out -> print(out, result));
    return 0;
  }

  private static void print(PrintWriter out, QuoteSearchResult result) {
    TerminalText text = TerminalText.forOutput();
    out.printf(
        Locale.ROOT,
        "%,d %s (%d ms)%n",
        result.total(),
        result.total() == 1 ? "quote" : "quotes",
        result.tookMillis());
    for (QuoteSearchResult.Hit hit : result.hits()) {
      out.println();
      out.println(text.of(hit.textHtml()));
      out.printf(
          Locale.ROOT,
          "   %s, %s: %s (%s)%n",
          hit.speaker() == null ? "unnamed" : hit.speaker(),
          hit.date() == null ? "undated" : hit.date(),
          hit.headline(),
          hit.articleId());
      if (!hit.alsoIn().isEmpty()) {
        out.printf(Locale.ROOT, "   also in %s%n", String.join(", ", hit.alsoIn()));
      }
    }
  }
}
