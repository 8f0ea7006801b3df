package org.newsindex.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsindex.Article;
import org.newsindex.Quote;

/** The articles the server's tests answer from, on every backend: one definition of each. */
final class ApiArticles {

  private ApiArticles() {}

  static final Article RATES =
      new Article(
          "business/001",
          "Central bank raises interest rates",
          LocalDate.of(2024, 3, 1),
          "1 March 2024",
          "FT",
          List.of(
              "The central bank raised interest rates by a quarter point on Thursday.",
              "\"Inflation is still too high,\" said Jane Smith, the governor.",
              "\"Nobody here expected a rise,\" one trader said."),
          List.of("Jane Smith"),
          List.of(
              new Quote("Inflation is still too high,", "Jane Smith", 1),
              new Quote("Nobody here expected a rise,", null, 2)));

  static final Article SCRIPT =
      new Article(
          "politics/002",
          "Minister defends budget",
          LocalDate.of(2024, 3, 2),
          "2 March 2024",
          "BBC",
          List.of(
              "The minister defended the budget <script>alert(1)</script> in parliament.",
              "Critics said the budget would hurt pensioners."),
          List.of());

  static final Article UNDATED =
      new Article(
          "sport/003",
          "Local team wins the cup",
          null,
          null,
          null,
          List.of("The local team won the cup final after extra time."),
          List.of());

  /** All about "pension reform": the best match for it. */
  static final Article PENSIONS =
      new Article(
          "money/pensions",
          "Pension reform passes",
          LocalDate.of(2023, 11, 20),
          null,
          "FT",
          List.of(
              "The pension reform passed its final vote.",
              "Pension reform will raise the state pension by two percent."),
          List.of());

  /** Mentions pension reform once, among other things: a weaker match. */
  static final Article STATEMENT =
      new Article(
          "money/statement",
          "What the spending statement means for you",
          LocalDate.of(2023, 11, 22),
          null,
          "FT",
          List.of(
              "Fuel duty is frozen for another year, and the price of a stamp goes up.",
              "Among dozens of smaller measures, a committee will study reform of the pension"
                  + " credit system.",
              "Councils get more money for roads and schools."),
          List.of());

  /** A story told twice: the copy under another headline. Its words occur nowhere else. */
  static final Article LIGHTHOUSE = lighthouse("coast/lighthouse", "Last lighthouse keeper retires");

  static final Article LIGHTHOUSE_COPY =
      lighthouse("wire/lighthouse", "Keeper leaves lighthouse after forty years");

  static final int FERRIES = 30;

  /**
   * Thirty articles that differ only in a week's number, so the same score but thirty stories of
   * their own: their order among equal scores and equal dates is up to each backend's tie-break,
   * which paging must keep. Dates repeat (twelve of them over 2019-2021) and every tenth is
   * undated.
   */
  static List<Article> ferries() {
    List<Article> ferries = new ArrayList<>();
    for (int n = 0; n < FERRIES; n++) {
      ferries.add(
          new Article(
              String.format(Locale.ROOT, "ferry/%02d", n),
              "Ferry timetable changes",
              n % 10 == 9 ? null : LocalDate.of(2019 + n % 3, 6, 1 + n % 4),
              null,
              n % 2 == 0 ? "Island Post" : "Coast Radio",
              List.of("The island ferry timetable changes again in week " + (n + 10) + "."),
              List.of()));
    }
    return ferries;
  }

  private static Article lighthouse(String id, String headline) {
    List<String> body =
        List.of(
            "Morag Bain climbed the hundred and twelve steps of the Skerry Point lighthouse for the"
                + " last time on Sunday, ending four decades as its keeper.",
            "\u201cThe lamp never once went dark on my watch,\u201d she said, before handing the"
                + " keys to the trust that will run the tower as a museum.",
            "The light was automated in the spring, and the trust plans to open the keeper's"
                + " cottage to visitors next summer with her logbooks on display.");
    return new Article(
        id, headline, null, null, null, body, List.of(),
        List.of(new Quote("The lamp never once went dark on my watch,", null, 1)));
  }

  static List<Article> all() {
    List<Article> all =
        new ArrayList<>(
            List.of(RATES, SCRIPT, UNDATED, PENSIONS, STATEMENT, LIGHTHOUSE, LIGHTHOUSE_COPY));
    all.addAll(ferries());
    return all;
  }
}
