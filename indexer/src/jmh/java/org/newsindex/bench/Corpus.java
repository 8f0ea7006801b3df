package org.newsindex.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.newsindex.Article;
import org.newsindex.ingest.FolderIndexer;
import org.newsindex.parse.ArticleParser;
import org.newsindex.parse.MalformedArticleException;

/**
 * The article texts a benchmark runs on: every {@code .txt} file of a folder, topped up with
 * generated articles to at least {@link #MIN_ARTICLES}, in a fixed shuffled order.
 *
 * <p>The default folder is the project's {@code seeds/} (seven articles), so benchmarks run on a
 * clean clone; generated articles recombine its paragraphs under spread dates and a few sources, so
 * an index of them has the size, vocabulary and facet spread of a small real one. A real corpus
 * ({@code -p corpus=../shared/corpora/bbc}) needs no top-up. The same seed gives the same texts, so
 * runs compare.
 */
public final class Corpus {

  /** Enough for a full indexing batch and for an index where ranking and facets have work. */
  public static final int MIN_ARTICLES = 1000;

  /** Where {@code -p corpus} points by default: relative to the project root, where you run the jar. */
  public static final String DEFAULT_FOLDER = "seeds";

  private static final String[] SOURCES = {"Northern Courier", "FT", "Reuters", "BBC", "The Herald"};
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  private static final int DAYS = 10 * 365;

  /** One article file: its id (the path under the folder) and its whole text. */
  public record Text(String id, String text) {}

  private Corpus() {}

  /** The texts of a folder, topped up with generated ones, shuffled the same way every time. */
  public static List<Text> texts(String folder) {
    Path root = Path.of(folder);
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException(
          "no folder " + root.toAbsolutePath() + ": run from the project root or pass -p corpus=DIR");
    }
    List<Text> texts = new ArrayList<>(read(root));
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("no .txt articles under " + root.toAbsolutePath());
    }
    Random random = new Random(42);
    texts.addAll(generate(parse(texts), MIN_ARTICLES - texts.size(), random));
    Collections.shuffle(texts, random);
    return List.copyOf(texts);
  }

  /** Every paragraph of {@link #articles}, in order. */
  public static List<String> paragraphs(String folder) {
    List<String> paragraphs = new ArrayList<>();
    for (Article article : articles(folder)) {
      paragraphs.addAll(article.paragraphs());
    }
    return paragraphs;
  }

  /** The texts of {@link #texts(String)}, parsed; a text without a headline is left out. */
  public static List<Article> articles(String folder) {
    return parse(texts(folder));
  }

  private static List<Text> read(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      List<Text> texts = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        // Decoding replaces bad bytes rather than failing, as the indexer's reader does.
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        texts.add(new Text(FolderIndexer.articleId(root, file), text));
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Article> parse(List<Text> texts) {
    ArticleParser parser = new ArticleParser();
    List<Article> articles = new ArrayList<>(texts.size());
    for (Text text : texts) {
      try {
        articles.add(parser.parse(text.id(), text.text()));
      } catch (MalformedArticleException e) {
        // A corpus may hold an empty file; the benchmarks measure the articles that parse.
      }
    }
    return articles;
  }

  /**
   * Writes new article files in the plain layout: a date line, a real headline, paragraphs of one
   * article with one of another spliced in, and a source line.
   */
  private static List<Text> generate(List<Article> bases, int count, Random random) {
    List<Text> generated = new ArrayList<>(Math.max(count, 0));
    bases = bases.stream().filter(a -> !a.paragraphs().isEmpty()).toList();
    for (int i = 0; i < count; i++) {
      Article base = bases.get(random.nextInt(bases.size()));
      Article other = bases.get(random.nextInt(bases.size()));
      List<String> paragraphs = new ArrayList<>(base.paragraphs());
      paragraphs.add(
          random.nextInt(paragraphs.size() + 1),
          other.paragraphs().get(random.nextInt(other.paragraphs().size())));
      String text =
          "Date: " + FIRST_DAY.plusDays(random.nextInt(DAYS)) + "\n"
              + base.headline() + "\n\n"
              + String.join("\n\n", paragraphs) + "\n\n"
              + "Via " + SOURCES[random.nextInt(SOURCES.length)] + "\n";
      generated.add(new Text("generated/" + i + ".txt", text));
    }
    return generated;
  }
}
