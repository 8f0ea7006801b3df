package org.newsindex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsindex.Article;
import org.newsindex.Quote;
import org.newsindex.eval.ArticleMistakes;
import org.newsindex.eval.GoldArticle;
import org.newsindex.eval.GoldFile;
import org.newsindex.eval.Scorecard;
import org.newsindex.eval.SpeakerScorer;
import org.newsindex.parse.ArticleParser;
import org.newsindex.parse.MalformedArticleException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores speaker and quotation extraction against a gold JSONL file, so that a change to the rules
 * can be measured rather than guessed at.
 */
@Command(
    name = "eval-speakers",
    mixinStandardHelpOptions = true,
    version = "newsindex indexer 0.1",
    description = {
      "Scores speaker and quote extraction against a hand-labelled gold file.",
      "Parses each gold article from the corpus folder and prints speaker precision, recall and"
          + " F1, quote attribution accuracy, and the articles with missing or extra speakers or"
          + " wrong quotes."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the articles were scored", "1:the gold file or corpus folder is missing"})
public final class EvalSpeakersCommand implements Callable<Integer> {

  @Option(names = "--gold", paramLabel = "FILE", required = true,
      description = "Gold standard, one JSON object per line (id, speakers, quotes).")
  Path gold;

  @Option(names = "--corpus", paramLabel = "DIR", required = true,
      description = "Folder holding the articles, each at <id>.txt.")
  Path corpus;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Scores the extraction and prints the report; returns the exit status. */
  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(gold)) {
      err.println("eval-speakers: gold file " + gold + " does not exist");
      return 1;
    }
    if (!Files.isDirectory(corpus)) {
      err.println("eval-speakers: corpus folder " + corpus + " does not exist");
      return 1;
    }
    List<GoldArticle> articles = GoldFile.read(gold);
    ArticleParser parser = new ArticleParser();
    Map<String, Article> parsed = new HashMap<>();
    for (GoldArticle article : articles) {
      Path file = corpus.resolve(article.id() + ".txt");
      if (!Files.isRegularFile(file)) {
        // Scored as an empty prediction, as the README says, but never silently.
        err.println("eval-speakers: no file " + file + "; scored as empty");
        continue;
      }
      try {
        parsed.put(article.id(), parser.parse(article.id(), Files.readString(file, StandardCharsets.UTF_8)));
      } catch (MalformedArticleException e) {
        err.println("eval-speakers: " + file + ": " + e.getMessage() + "; scored as empty");
      }
    }
    print(out, articles.size(), new SpeakerScorer().score(articles, parsed), parsed);
    out.flush();
    err.flush();
    return 0;
  }

  private static void print(PrintWriter out, int articles, Scorecard card, Map<String, Article> parsed) {
    out.printf(Locale.ROOT, "Articles:  %d%n", articles);
    out.printf(Locale.ROOT, "Speakers:  precision %.3f  recall %.3f  F1 %.3f  (TP %d, FP %d, FN %d)%n",
        card.precision(), card.recall(), card.f1(),
        card.truePositives(), card.falsePositives(), card.falseNegatives());
    out.printf(Locale.ROOT, "Quotes:    attribution accuracy %.3f  (%d of %d)%n",
        card.quoteAccuracy(), card.quotesCorrect(), card.quotesTotal());
    out.printf(Locale.ROOT, "Articles with mistakes: %d%n", card.mistakes().size());
    for (ArticleMistakes m : card.mistakes()) {
      out.printf(Locale.ROOT, "%s%n", m.id());
      if (!m.missing().isEmpty()) {
        out.printf(Locale.ROOT, "  missing speakers: %s%n", String.join(", ", m.missing()));
      }
      if (!m.extra().isEmpty()) {
        out.printf(Locale.ROOT, "  extra speakers:   %s%n", String.join(", ", m.extra()));
      }
      for (ArticleMistakes.Misattribution q : m.misattributed()) {
        out.printf(Locale.ROOT, "  quote \"%s\": expected %s, %s%n", q.start(), q.expected(),
            q.found() ? "got " + q.foundSpeaker() : "not found");
      }
    }
  }
}
