package org.newsindex.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsindex.Article;
import org.newsindex.NewsSearcher;
import org.newsindex.Quote;
import org.newsindex.json.ArticleResponse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code indexer show}: one article, whole, from a terminal. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = {
      "Prints one article of a local index: headline, date, source, paragraphs, speakers and"
          + " their quotes. With --json, prints exactly what GET /api/articles/ID returns.",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the article was printed",
      "1:the index is missing or unreadable, or it holds no article with that id",
      "2:the command line could not be read"
    })
final class ShowCommand implements Callable<Integer> {

  @Parameters(paramLabel = "ID", description = "The article's id, as search prints it.")
  String id;

  @Mixin LocalIndex index;

  @Mixin AnswerFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Article article;
    List<String> copies;
    try (NewsSearcher searcher = index.open()) {
      article =
          searcher
              .find(id)
              .orElseThrow(() -> new IllegalArgumentException("no article with id " + id));
      copies = searcher.duplicatesOf(id);
    }
    format.print(
        spec.commandLine().getOut(),
        ArticleResponse.of(article, null, copies),
        out -> print(out, article, copies));
    return 0;
  }

  private static void print(PrintWriter out, Article article, List<String> copies) {
    out.println(article.headline());
    out.printf(
        Locale.ROOT,
        "%s  %s  %s%n",
        article.date() == null ? "undated" : article.date(),
        article.source() == null ? "-" : article.source(),
        article.id());
    for (String paragraph : article.paragraphs()) {
      out.println();
      out.println(paragraph);
    }
    if (!article.quotes().isEmpty()) {
      out.println();
      out.println("Quotes:");
      for (Quote quote : article.quotes()) {
        out.printf(
            Locale.ROOT,
            "  %s: \u201c%s\u201d%n",
            quote.speaker() == null ? "unnamed" : quote.speaker(),
            quote.text());
      }
    }
    if (!copies.isEmpty()) {
      out.println();
      out.println("Copies of this story: " + String.join(", ", copies));
    }
  }
}
