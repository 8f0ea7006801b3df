package org.newsindex.server;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsindex.Article;
import org.newsindex.Quote;
import org.newsindex.lucene.NewsIndexWriter;

/**
 * The 25 articles the browser tests search: every one mentions "talks" (three pages of ten), two
 * sources, dates over three years plus one undated article, several speakers, "Kremlin" and
 * "Tillerson" for the did-you-mean suggestions, and one article whose text is hostile HTML.
 */
final class PageTestArticles {

  static final String HOSTILE = "<img src=x onerror=alert(1)>";
  static final String HOSTILE_ID = "world/hostile";
  static final String UNDATED_ID = "world/undated";
  static final String PUTIN = "Vladimir Putin";
  static final String TILLERSON = "Rex Tillerson";
  static final String MAY = "Theresa May";
  static final String SMITH = "Jane Smith";
  static final int TALKS_TOTAL = 25;
  static final String FESTIVAL_ID = "world/festival";
  static final String FESTIVAL_COPY_ID = "wire/festival";

  private static final String[] TOPICS = {
    "trade", "sanctions", "energy", "pipelines", "steel tariffs", "fishing rights", "airline routes",
    "grain exports", "cyber security", "climate targets", "nuclear arms", "banking rules",
    "car factories", "shipping lanes", "gas prices", "wheat harvests", "rail links", "border checks",
    "pension funds", "student visas", "mobile roaming", "data privacy", "medicine supplies"
  };
  private static final DateTimeFormatter DATE_TEXT =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private PageTestArticles() {}

  static List<Article> all() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < TOPICS.length; i++) {
      articles.add(regular(i, TOPICS[i]));
    }
    articles.add(
        new Article(
            UNDATED_ID,
            "Kremlin talks resume without a date",
            null,
            null,
            "BBC",
            List.of(
                "Talks with the Kremlin resumed, though nobody would say when they began.",
                "\"We are talking again,\" said Vladimir Putin."),
            List.of(PUTIN),
            List.of(new Quote("We are talking again,", PUTIN, 1))));
    articles.add(
        new Article(
            HOSTILE_ID,
            HOSTILE + " Hostile headline",
            LocalDate.of(2017, 6, 15),
            "15 June 2017",
            "FT",
            List.of(
                "Hostile markup " + HOSTILE + " sits in this paragraph about talks.",
                "\"" + HOSTILE + " is only text,\" an official said."),
            List.of(),
            List.of(new Quote(HOSTILE + " is only text,", null, 1))));
    articles.add(festival(FESTIVAL_ID, "Lantern festival returns to the old harbour"));
    articles.add(festival(FESTIVAL_COPY_ID, "Harbour lanterns light up again"));
    return articles;
  }

  /** One story twice, under two headlines; its words occur in no other article. */
  private static Article festival(String id, String headline) {
    return new Article(
        id,
        headline,
        LocalDate.of(2018, 9, 2),
        null,
        "BBC",
        List.of(
            "Thousands of paper lanterns floated across the old harbour on Saturday as the"
                + " festival returned after a break of three years.",
            "Organisers said volunteers had folded the lanterns by hand over the summer, and that"
                + " the evening raised money for the lifeboat station."),
        List.of());
  }

  static void write(Path indexDir) throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(indexDir)) {
      for (Article article : all()) {
        writer.add(article);
      }
      writer.commit();
    }
  }

  private static Article regular(int i, String topic) {
    // Years in runs of three, so that every speaker and source spans several years.
    LocalDate date = LocalDate.of(2016 + (i / 3) % 3, 1 + i % 12, 1 + i);
    List<String> paragraphs = new ArrayList<>();
    List<String> speakers = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    paragraphs.add("Ministers held talks on " + topic + " this week, officials said.");
    if (i % 3 == 0) {
      paragraphs.add("The Kremlin said the talks on " + topic + " were useful.");
      quotes.add(quote(paragraphs, "Russia wants a fair deal on " + topic + ",", PUTIN, speakers));
    }
    if (i % 4 == 1) {
      quotes.add(quote(paragraphs, "We will keep working on " + topic + ",", TILLERSON, speakers));
    }
    if (i % 5 == 2) {
      quotes.add(quote(paragraphs, "Britain is ready to talk about " + topic + ",", MAY, speakers));
    }
    if (i % 6 == 3) {
      quotes.add(quote(paragraphs, "Markets expect little from the talks,", SMITH, speakers));
    }
    if (i % 7 == 4) {
      paragraphs.add("\"It was a long day,\" one diplomat said after the talks.");
      quotes.add(new Quote("It was a long day,", null, paragraphs.size() - 1));
    }
    paragraphs.add("Further talks on " + topic + " are planned for next month.");
    return new Article(
        (i % 2 == 0 ? "world/" : "business/") + String.format(Locale.ROOT, "%03d", i + 1),
        "Talks on " + topic + " continue",
        date,
        DATE_TEXT.format(date),
        i % 2 == 0 ? "BBC" : "FT",
        paragraphs,
        speakers,
        quotes);
  }

  private static Quote quote(
      List<String> paragraphs, String text, String speaker, List<String> speakers) {
    paragraphs.add("\"" + text + "\" said " + speaker + ".");
    speakers.add(speaker);
    return new Quote(text, speaker, paragraphs.size() - 1);
  }
}
