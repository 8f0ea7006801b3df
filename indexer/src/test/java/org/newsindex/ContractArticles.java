package org.newsindex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsindex.lucene.TestIndex;

/**
 * The article sets {@link NewsSearcherContract} searches, each written into an index of its own so
 * that one set's words never change another's counts.
 */
public final class ContractArticles {

  public static final Article MINSK =
      new Article(
          "world/minsk",
          "US officials set conditions on Russia thaw",
          LocalDate.of(2024, 3, 19),
          "Tuesday / March 19",
          "FT",
          List.of(
              "Washington’s top officials called on Moscow to comply with the Minsk agreements.",
              "Asked if he believed Russia had interfered in the US election, Mr Mattis spoke.",
              "The talks ended in Bonn."),
          List.of("Rex Tillerson", "James Mattis"));

  public static final Article BANKS =
      new Article(
          "business/001",
          "Central bank holds rates",
          null,
          null,
          null,
          List.of(
              "The central bank kept rates on hold. Officials said inflation was falling.",
              "Markets had expected the decision."),
          List.of());

  static final Article HOSTILE =
      new Article(
          "tech/hostile",
          "Script <b>injection</b> & friends",
          null,
          null,
          null,
          List.of("A paragraph containing <script>alert(1)</script> about injection."),
          List.of());

  /** "election" ends one paragraph and "results" starts the next: no phrase may join them. */
  static final Article SPLIT =
      new Article(
          "politics/split",
          "Counting continues",
          null,
          null,
          null,
          List.of("Voters waited for the election", "results came late in the night"),
          List.of());


  /** Stemming, phrases, paragraphs, escaping, operators, paging. */
  public static final List<Article> BASICS = List.of(MINSK, BANKS, HOSTILE, SPLIT);

  /** Speakers and their quotes: facets, filters, quote search, the speaker list. */
  static final List<Article> QUOTED = TestIndex.ALL;

  /** 25 dated articles (one undated) from two sources: orders, ranges, cursors, respelling. */
  static final List<Article> ROUNDS = rounds();

  /**
   * Spellings for "did you mean": a misspelling that made it into one story beside the right
   * spelling in twenty, a surname spelt two ways by two people, a rare place name one letter from
   * a word of five stories, two surnames one letter apart, and a manager with one name.
   */
  static final List<Article> SPELLINGS = spellings();

  /** A quote that runs over two paragraphs, so its text stands whole in neither. */
  static final Article LONG_QUOTE =
      new Article(
          "world/long-quote",
          "Minister explains the plan",
          LocalDate.of(2024, 4, 2),
          null,
          "FT",
          List.of(
              "\u201cWe will build the bridge first.",
              "\u201cThen the road follows,\u201d the minister, Ana Ruiz, said."),
          List.of("Ana Ruiz"),
          List.of(
              new Quote("We will build the bridge first. Then the road follows,", "Ana Ruiz", 0)));

  /** Two subjects, for related articles. */
  static final List<Article> SUBJECTS =
      List.of(
          plain("a", "Central bank raises interest rates",
              "The central bank raised interest rates to fight inflation."),
          plain("b", "Interest rates rise again",
              "Inflation pushed the central bank to raise interest rates again."),
          plain("c", "Football club wins the cup", "The club won the cup final after extra time."),
          plain("d", "Cup final tickets sell out", "Tickets for the cup final sold out in an hour."),
          plain("e", "Bank warns on inflation", "The bank warned that inflation would stay high."));

  /**
   * Words whose stems part from how they are written: "living" stems to "live", and "were" to
   * "be", which is written only as a stop word; and short words that are no inflection of a
   * shorter one, tickers among them.
   */
  static final List<Article> FORMS =
      List.of(
          plain("living", "Living costs climb", "Families say they were living on less."),
          plain("be", "Plans to be announced", "The plan will be announced soon."),
          plain("kly", "Kelley Oil sees profit", "Kelley Oil Corp <KLY> said profit rose."),
          plain("k", "K mart sales rise", "K mart said sales rose in May."),
          plain("bes", "Bessemer cuts dividend", "Bessemer Group <BES> cut its dividend."));

  /** The same initialism with dots and without, as Reuters and the BBC write it. */
  static final List<Article> INITIALISMS =
      List.of(
          plain("reuters", "U.S. TRADE DEFICIT WIDENS", "The U.S. trade deficit widened in May."),
          plain("bbc", "US trade gap grows", "The US trade gap grew again, figures showed."),
          plain("pronoun", "Voters speak", "\"Give us a trade deal,\" one voter said."));

  /**
   * Words that analysis splits ("M&S", "co-operation"): once as written, once with their parts
   * apart in the text.
   */
  static final List<Article> JOINED =
      List.of(
          plain("retail", "M&S cuts prices", "Shoppers at M&S found lower prices on Monday."),
          plain("rugby", "Smith scores twice", "M Smith scored and S Jones kicked the goals."),
          plain("treaty", "Closer co-operation agreed", "The co-operation deal was signed."),
          plain("ops", "Police operation ends", "The co operation of the joint team ended."),
          plain("split", "Co-ordination and operation", "Co-ordination failed; the operation went on."));

  /**
   * A sentence longer than a snippet that names its speaker first, its match a hundred characters
   * in.
   */
  static final Article LONG_SENTENCE =
      plain(
          "donation",
          "Labour gets a donation",
          "Lord Sainsbury added that he was pleased to be able to make this contribution to the"
              + " general election funds of the party because he believed that it was the only party"
              + " with the vision to deliver both economic prosperity and better public services for"
              + " every town and city across the whole of the country in the years ahead of us all.");

  /** One article to read whole and one to quote, with markup in their text. */
  static final List<Article> READING =
      List.of(
          new Article(
              "x",
              "Minsk <b>talks</b> resume",
              null,
              null,
              null,
              List.of(
                  "Nothing matches in this paragraph.",
                  "Russia must honour the Minsk agreements, officials said.",
                  "The Minsk agreements & <script>alert(1)</script> were signed in Minsk."),
              List.of()),
          new Article(
              "ann",
              "Headline",
              null,
              null,
              null,
              List.of("\u201c<img src=x onerror=alert(1)> is what she typed,\u201d Ann Lee said."),
              List.of("Ann Lee"),
              List.of(new Quote("<img src=x onerror=alert(1)> is what she typed,", "Ann Lee", 0))));

  /** One article of 2,001 paragraphs whose only match is in the last. */
  static final List<Article> LONG = List.of(longArticle());


  private ContractArticles() {}

  /** Article i: dated 2022-01-01 plus 40 i days, but article 7 undated; sources alternate. */
  private static List<Article> rounds() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      LocalDate date = i == 7 ? null : LocalDate.of(2022, 1, 1).plusDays(40L * i);
      articles.add(
          new Article(
              String.format("world/%03d", i),
              "Kremlin talks, round " + i,
              date,
              null,
              i % 2 == 0 ? "FT" : "BBC",
              List.of("Officials met at the Kremlin for round " + i + " of the talks."),
              List.of()));
    }
    return articles;
  }

  private static Article longArticle() {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      paragraphs.add("Filler paragraph number " + i + " says nothing of note at all, again and again.");
    }
    paragraphs.add("At the very end the zebra finally appears.");
    return new Article("long", "A long read", null, null, null, paragraphs, List.of());
  }

  private static List<Article> spellings() {
    List<Article> articles = new ArrayList<>();
    for (int day = 1; day <= 20; day++) {
      String finding = day <= 5 ? "A survey of farms" : "A report";
      articles.add(
          plain("ph" + day, "Philippines news " + day, finding + " from the Philippines, day " + day + "."));
    }
    articles.add(plain("ph-misprint", "Sugar quota talks", "Sugar from the Phillipines will face a new quota."));
    for (int match = 1; match <= 10; match++) {
      articles.add(plain("sg" + match, "Liverpool win " + match, "Steven Gerrard scored in match " + match + "."));
    }
    articles.add(plain("gh1", "Houllier returns", "Gerard Houllier returned to management in Lyon."));
    articles.add(plain("sy1", "Floods in the south", "Rivers in Surrey burst their banks."));
    for (int budget = 1; budget <= 3; budget++) {
      articles.add(plain("gb" + budget, "Budget " + budget, "Gordon Brown set out budget " + budget + "."));
    }
    articles.add(plain("jb1", "Concert review", "Jackson Browne played a long set."));
    for (int day = 1; day <= 40; day++) {
      articles.add(plain("tb" + day, "Blair visit " + day, "Tony Blair spoke in Leeds on day " + day + "."));
    }
    articles.add(plain("th1", "Cup defeat", "Tony Hart took the blame for the defeat."));
    articles.add(plain("mo1", "Talks in Moscow", "Talks in Moscow ended without a deal."));
    for (int round = 1; round <= 20; round++) {
      articles.add(plain("mt" + round, "Round " + round, "Most talks fail, officials said."));
    }
    articles.add(plain("aw1", "Wenger praises his side", "Arsene Wenger praised the young players."));
    articles.add(plain("aw2", "Wenger signs striker", "Arsene Wenger signed a striker from Monaco."));
    // Reuters signs every story "Reuter"; the trade representative of 1987 was Clayton Yeutter.
    for (int story = 1; story <= 6; story++) {
      articles.add(plain("reuter" + story, "Grain exports " + story, "Wheat exports rose. Reuter"));
    }
    articles.add(plain("yeutter", "Trade talks", "Clayton Yeutter met Japanese officials. Reuter"));
    return List.copyOf(articles);
  }

  private static Article plain(String id, String headline, String body) {
    return new Article(id, headline, null, null, null, List.of(body), List.of());
  }
}
