package org.newsindex.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.newsindex.Article;
import org.newsindex.NewsSearcher;
import org.newsindex.Quote;

/**
 * A small real index for tests, written fresh before each test and deleted after it: register it
 * with {@code @RegisterExtension} and search through {@link #searcher()}.
 */
public final class TestIndex implements BeforeEachCallback, AfterEachCallback {

  /** A change made to the index between two searches. */
  @FunctionalInterface
  interface Change {
    void apply(NewsIndexWriter writer) throws IOException;
  }

  public static final Article LAVROV =
      new Article(
          "world/lavrov",
          "Lavrov urges action on terrorism",
          LocalDate.of(2024, 3, 19),
          null,
          "FT",
          List.of(
              "Sergei Lavrov spoke after talks in Bonn.",
              "\u201cWe must combat terrorism together,\u201d Mr Lavrov said.",
              "\u201cWe\u2019re losing time in terms of solving global problems,\u201d Dmitry Peskov,"
                  + " the Kremlin spokesman, said."),
          List.of("Sergei Lavrov", "Dmitry Peskov"),
          List.of(
              new Quote("We must combat terrorism together,", "Sergei Lavrov", 1),
              new Quote(
                  "We\u2019re losing time in terms of solving global problems,",
                  "Dmitry Peskov",
                  2)));

  public static final Article RATES =
      new Article(
          "business/rates",
          "Bank holds interest rates",
          LocalDate.of(2023, 5, 2),
          null,
          "BBC",
          List.of(
              "\u201cInflation is still too high for a cut,\u201d said Jane Smith, the governor.",
              "\u201cWe call the bank and nobody answers,\u201d one trader said."),
          List.of("Jane Smith"),
          List.of(
              new Quote("Inflation is still too high for a cut,", "Jane Smith", 0),
              new Quote("We call the bank and nobody answers,", null, 1)));

  public static final Article TERROR =
      new Article(
          "world/terror",
          "Ministers meet on terrorism",
          null,
          null,
          "BBC",
          List.of("\u201cTerrorism knows no borders at all,\u201d Sergei Lavrov told reporters."),
          List.of("Sergei Lavrov"),
          List.of(new Quote("Terrorism knows no borders at all,", "Sergei Lavrov", 0)));

  public static final List<Article> ALL = List.of(LAVROV, RATES, TERROR);

  private final List<Article> articles;
  private Path dir;
  private NewsSearcher searcher;

  /** An index of these articles. */
  TestIndex(List<Article> articles) {
    this.articles = List.copyOf(articles);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    dir = Files.createTempDirectory("newsindex-test");
    searcher = open(dir, articles);
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    searcher.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** The searcher over the index as it is now. */
  NewsSearcher searcher() {
    return searcher;
  }

  /** Applies a change with a writer, commits it, and reopens the searcher on the result. */
  void change(Change change) throws IOException {
    searcher.close();
    try (NewsIndexWriter writer = NewsIndexWriter.open(dir)) {
      change.apply(writer);
      writer.commit();
    }
    searcher = LuceneNewsSearcher.open(dir);
  }

  /** Writes the articles into a new index in {@code dir} and opens a searcher on it. */
  static NewsSearcher open(Path dir, List<Article> articles) throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(dir)) {
      for (Article article : articles) {
        writer.add(article);
      }
      writer.commit();
    }
    return LuceneNewsSearcher.open(dir);
  }
}
