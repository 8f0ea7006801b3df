package org.newsindex.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsindex.Article;
import org.newsindex.eval.GoldArticle;
import org.newsindex.eval.GoldFile;
import org.newsindex.eval.Mistake;
import org.newsindex.eval.MistakeKind;
import org.newsindex.eval.Scorecard;
import org.newsindex.eval.SpeakerScorer;
import org.newsindex.parse.ArticleParser;
import org.newsindex.parse.MalformedArticleException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Scores speaker and quotation extraction against gold JSONL files, so that a change to the rules
 * can be measured rather than guessed at.
 */
@Command(
    name = "eval-speakers",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description = {
      "Scores speaker and quote extraction against hand-labelled gold files.",
      "Parses each gold article from the corpus folders and prints, per gold file, speaker"
          + " precision, recall and F1 and quote attribution accuracy, then the mistakes by kind"
          + " and the articles with mistakes."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the articles were scored", "1:a gold file or corpus folder is missing"})
public final class EvalSpeakersCommand implements Callable<Integer> {

  @Option(names = "--gold", paramLabel = "FILE", required = true,
      description = "Gold standard, one JSON object per line (id, speakers, quotes); repeat the"
          + " option to score several files side by side.")
  List<Path> golds;

  @Option(names = "--corpus", paramLabel = "DIR", required = true,
      description = "Folder holding the articles, each at <id>.txt; repeat the option to look in"
          + " several folders, in order.")
  List<Path> corpora;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Scores the extraction and prints the report; returns the exit status. */
  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path gold : golds) {
      if (!Files.isRegularFile(gold)) {
        err.println("eval-speakers: gold file " + gold + " does not exist");
        return 1;
      }
    }
    for (Path corpus : corpora) {
      if (!Files.isDirectory(corpus)) {
        err.println("eval-speakers: corpus folder " + corpus + " does not exist");
        return 1;
      }
    }
    ArticleParser parser = new ArticleParser();
    Map<String, Scorecard> cards = new LinkedHashMap<>();
    for (Path gold : golds) {
      List<GoldArticle> articles = GoldFile.read(gold);
      cards.put(name(gold), new SpeakerScorer().score(articles, parse(articles, parser, err)));
    }
    print(out, cards);
    out.flush();
    err.flush();
    return 0;
  }

  private Map<String, Article> parse(List<GoldArticle> articles, ArticleParser parser,
      PrintWriter err) throws IOException {
    Map<String, Article> parsed = new HashMap<>();
    for (GoldArticle article : articles) {
      Path file = find(article.id());
      if (file == null) {
        // Scored as an empty prediction, as the gold README says, but never silently.
        err.println("eval-speakers: no file " + article.id() + ".txt in " + corpora
            + "; scored as empty");
        continue;
      }
      try {
        parsed.put(article.id(),
            parser.parse(article.id(), Files.readString(file, StandardCharsets.UTF_8)));
      } catch (MalformedArticleException e) {
        err.println("eval-speakers: " + file + ": " + e.getMessage() + "; scored as empty");
      }
    }
    return parsed;
  }

  /** The article's file in the first corpus folder that has one, or null. */
  private Path find(String id) {
    for (Path corpus : corpora) {
      Path file = corpus.resolve(id + ".txt");
      if (Files.isRegularFile(file)) {
        return file;
      }
    }
    return null;
  }

  private static String name(Path gold) {
    String file = gold.getFileName().toString();
    return file.endsWith(".jsonl") ? file.substring(0, file.length() - ".jsonl".length()) : file;
  }

  private static void print(PrintWriter out, Map<String, Scorecard> cards) {
    int width = Math.max("gold file".length(),
        cards.keySet().stream().mapToInt(String::length).max().orElse(0));
    out.printf(Locale.ROOT, "%-" + width + "s  articles  precision  recall     F1  quote attribution%n",
        "gold file");
    cards.forEach((name, card) -> out.printf(Locale.ROOT,
        "%-" + width + "s  %8d  %9.3f  %6.3f  %5.3f  %.3f (%d of %d)%n", name, card.articles(),
        card.precision(), card.recall(), card.f1(), card.quoteAccuracy(), card.quotesCorrect(),
        card.quotesTotal()));

    // Each article's mistakes are sorted into kinds once, for the counts and for the listing.
    Map<String, List<List<Mistake>>> sorted = new LinkedHashMap<>();
    cards.forEach((name, card) ->
        sorted.put(name, card.mistakes().stream().map(Mistake::of).toList()));
    out.println();
    int labelWidth = 0;
    for (MistakeKind kind : MistakeKind.values()) {
      labelWidth = Math.max(labelWidth, kind.label().length());
    }
    out.printf(Locale.ROOT, "%-" + labelWidth + "s", "mistakes by kind");
    cards.keySet().forEach(name -> out.printf(Locale.ROOT, "  %s", name));
    out.println();
    for (MistakeKind kind : MistakeKind.values()) {
      out.printf(Locale.ROOT, "%-" + labelWidth + "s", kind.label());
      sorted.forEach((name, articles) -> out.printf(Locale.ROOT, "  %" + name.length() + "d",
          articles.stream().flatMap(List::stream).filter(m -> m.kind() == kind).count()));
      out.println();
    }
    cards.forEach((name, card) -> {
      out.printf(Locale.ROOT, "%n%s: %d articles with mistakes%n", name, card.mistakes().size());
      List<List<Mistake>> articles = sorted.get(name);
      for (int i = 0; i < articles.size(); i++) {
        out.printf(Locale.ROOT, "%s%n", card.mistakes().get(i).id());
        for (Mistake mistake : articles.get(i)) {
          out.printf(Locale.ROOT, "  %s: %s%n", mistake.kind().label(), mistake.what());
        }
      }
    });
  }
}
