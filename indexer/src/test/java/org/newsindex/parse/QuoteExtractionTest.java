package org.newsindex.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsindex.Article;
import org.newsindex.Quote;

/** The quotations half of {@link SpeakerExtractor}: which quotations, and who said each. */
class QuoteExtractionTest {

  private final SpeakerExtractor extractor = new SpeakerExtractor();

  /** Paragraphs are separated by a blank line in each case's text. */
  private Speech speech(String text) {
    return extractor.extract(Arrays.asList(text.split("\n\n")));
  }

  private String speakerOf(String text) {
    List<Quote> quotes = speech(text).quotes();
    assertThat(quotes).hasSize(1);
    return quotes.getFirst().speaker();
  }

  static Stream<Arguments> attributed() {
    return Stream.of(
        Arguments.of("quote, name said",
            "\"Profits will rise this year,\" Jane Hollis said.", "Jane Hollis"),
        Arguments.of("quote, said name",
            "\"Profits will rise this year,\" said Jane Hollis.", "Jane Hollis"),
        Arguments.of("said role and name",
            "\"Costs are falling fast,\" said Nortel president and chief executive Bill Owens.",
            "Bill Owens"),
        Arguments.of("name said colon",
            "Jane Hollis said: \"Profits will rise.\"", "Jane Hollis"),
        Arguments.of("told", "Jane Hollis told the BBC: \"Profits will rise.\"", "Jane Hollis"),
        Arguments.of("added", "\"More jobs will go,\" Ann Cole added.", "Ann Cole"),
        Arguments.of("argued", "\"The plan is flawed,\" Ann Cole argued.", "Ann Cole"),
        Arguments.of("warned", "Ann Cole warned: \"More cuts are coming.\"", "Ann Cole"),
        Arguments.of("insisted", "\"The plan is safe,\" Ann Cole insisted.", "Ann Cole"),
        Arguments.of("explained", "\"It failed for lack of money,\" explained Ann Cole.", "Ann Cole"),
        Arguments.of("claimed", "\"The plan has worked,\" Ann Cole claimed.", "Ann Cole"),
        Arguments.of("admitted", "\"We got it wrong,\" Ann Cole admitted.", "Ann Cole"),
        Arguments.of("according to",
            "According to Benoit Joly, \"most homes cannot get it yet\".", "Benoit Joly"),
        Arguments.of("appositive",
            "\u201cWe\u2019re losing time on this,\u201d Dmitry Peskov, the Kremlin spokesman, said.",
            "Dmitry Peskov"),
        Arguments.of("curly marks, title stripped",
            "\u201cWe must move forward now,\u201d said President Vladimir Putin.", "Vladimir Putin"),
        Arguments.of("mid-sentence phrase takes the speaker before it",
            "Mr James Mattis said Moscow was \"not in a position right now\" to help.",
            "James Mattis"),
        Arguments.of("participle takes the subject of the sentence",
            "Ann Cole struck a similar note, saying they were \"not ready to move yet\".", "Ann Cole"),
        Arguments.of("non-breaking space after the comma of a participle",
            "Ann Cole struck a note,\u00a0saying they were \"not ready to move yet\".", "Ann Cole"),
        Arguments.of("relative pronoun stands for the name",
            "Mr Tom Hale, who said the \"problem is far worse\", called for change.", "Tom Hale"),
        Arguments.of("attribution in the previous paragraph ending in a colon",
            "Ann Cole told reporters:\n\n\"We will not give up on this.\"", "Ann Cole"),
        Arguments.of("all-quote paragraph after the speaker's paragraph",
            "Costs rose, Ann Cole said.\n\n\"We will not give up on this.\"", "Ann Cole"),
        Arguments.of("a tag led by its verb after a question",
            "\"Why target the airlines?\" said Ann Cole, secretary general of the Association of "
                + "European Airlines.", "Ann Cole"),
        Arguments.of("a definite description after a quote",
            "Ann Cole runs the club. \"It'd be a great loss for us,\" said the Wigan chief.",
            "Ann Cole"),
        Arguments.of("quoted as saying",
            "Kyodo News Service quoted Kiichi Miyazawa as saying \"the yen must not rise further\".",
            "Kiichi Miyazawa"),
        Arguments.of("quoted with a title, before the quotation",
            "\"Let's give them a call right away,\" the source quoted Treasury Secretary James Baker"
                + " as saying.",
            "James Baker"),
        Arguments.of("a second verb after and, the name opening the sentence",
            "Daniel Amstutz called the situation a \"dilemma\" for the USDA, and said \"we have"
                + " spent hours looking at this.\"",
            "Daniel Amstutz"),
        Arguments.of("a participle and a colon take the person nearest before them",
            "James Baker issued a statement, and Edouard Balladur underscored that by saying: \"I"
                + " do not believe the Americans want a weaker dollar.\"",
            "Edouard Balladur"),
        Arguments.of("written to someone saying and a colon",
            "Lib Dem chairman Matthew Taylor has now written to the watchdog saying: \"The advice"
                + " we have received is clear.\"",
            "Matthew Taylor"),
        Arguments.of("a subject, afterwards, the verb",
            "Thierry Henry scored twice. And Henry afterwards described the display as \"beautiful"
                + " to watch\".",
            "Thierry Henry"),
        Arguments.of("a title completed by of, the name after it",
            "\"We shall be going to Washington,\" said Chancellor of the Exchequer Nigel Lawson.",
            "Nigel Lawson"),
        Arguments.of("an apposition whose role ends in a plural word",
            "\"It is our wish that the headquarters stay here,\" Alois Rhiel, its minister for"
                + " economic affairs added.",
            "Alois Rhiel"),
        Arguments.of("a person at a partnership",
            "Analyst Millard Phelps of Hambrecht and Quist Inc said profits were \"better than we"
                + " expected\".",
            "Millard Phelps"),
        Arguments.of("a second verb after but, speech after it",
            "Kenneth Ray defended his decisions on the try and admitted he was \"very disappointed"
                + " with the remarks\".",
            "Kenneth Ray"));
  }

  static Stream<Arguments> pronouns() {
    return Stream.of(
        Arguments.of("he after a paragraph naming Mr X",
            "Sergei Lavrov met the press.\n\nMr Lavrov was upbeat.\n\n\"It is clear we must move on,\" he said.",
            "Sergei Lavrov"),
        Arguments.of("she skips a man",
            "Ms Ann Kemp chaired the meeting. Mr Tom Hale arrived late. \"It went very well,\" she said.",
            "Ann Kemp"),
        Arguments.of("he skips a woman by her first name",
            "Tom Hale chaired the meeting. Sarah Kemp arrived late. \"It went very well,\" he said.",
            "Tom Hale"),
        Arguments.of("she skips a man by his first name",
            "Sarah Kemp chaired the meeting. Tom Hale arrived late. \"It went very well,\" she said.",
            "Sarah Kemp"),
        Arguments.of("short name resolves to the full name",
            "Tony Blair spoke in Leeds.\n\n\"We will win the vote,\" Blair said.", "Tony Blair"),
        Arguments.of("title and surname resolve to the full name",
            "Sergei Lavrov spoke.\n\n\"We will win the vote,\" Mr Lavrov said.", "Sergei Lavrov"),
        Arguments.of("quoted him as telling",
            "Yasuhiro Nakasone spoke on Monday.\n\n\"We must watch things a little longer,\" Kyodo"
                + " quoted him as telling reporters.",
            "Yasuhiro Nakasone"),
        Arguments.of("a surname that alone would name a survey",
            "Referee Graham Poll said he applied the laws.\n\n\"The whistle does not need to be"
                + " blown,\" said Poll.",
            "Graham Poll"),
        Arguments.of("he opens a sentence whose second verb reports",
            "Jaime Ongpin met the banks.\n\nHe did not give details but said, \"It is a very useful"
                + " alternative.\"",
            "Jaime Ongpin"));
  }

  static Stream<Arguments> nobody() {
    return Stream.of(
        Arguments.of("organisation", "\"Sales will rise next year,\" Time Warner Inc said."),
        Arguments.of("acronym", "\"We will appeal the ruling,\" the BBC said."),
        Arguments.of("anonymous spokesman", "\"The plant will close soon,\" a spokesman said."),
        Arguments.of("anonymous official",
            "Tom Hale spoke first.\n\n\"We call and nobody answers,\" one exasperated official said."),
        Arguments.of("generic people", "\"Shares will fall further,\" analysts said."),
        Arguments.of("group", "Tom Hale spoke.\n\n\"The talks have stalled again,\" US officials said."),
        Arguments.of("office",
            "Gen Joseph Dunford flew out.\n\n\"The two will meet on Friday,\" Gen Dunford's office said."),
        Arguments.of("it, for an organisation",
            "Tom Hale spoke.\n\n\"Jobs will go in the north,\" it warned."),
        Arguments.of("pronoun with nobody named", "\"We are ready for this,\" he said."),
        Arguments.of("no attribution at all", "Prices rose. \"Nobody saw this coming at all.\""),
        Arguments.of("quoted an official as saying",
            "Tom Hale spoke.\n\nThe paper quoted one official as saying \"the talks have failed\"."),
        Arguments.of("quoted them as saying, two people",
            "James Baker and Paul Volcker met. \"It could turn very sour,\" a source quoted them as"
                + " saying."),
        Arguments.of("a second verb inside a clause of its own",
            "Frank Capra was the butt of a gaffe when the host opened the envelope and declared"
                + " \"come on up and get it, Frank\"."),
        Arguments.of("a firm opening the sentence of a second verb",
            "Ford Motor Co cut prices and said \"we expect sales to rise this year\"."),
        Arguments.of("a later sentence reports other words",
            "Tom Hale spoke. \"We will win this.\" As Mr Tom Hale left, Ann Cole said it was over."));
  }

  @Test
  void aSecondQuotationOfOneSentenceHasTheSpeakerOfTheFirst() {
    List<Quote> quotes = speech("Tony Norton, speaking yesterday, said the economy was \"in bad"
        + " shape\" and there was \"an awful lot of talk but little action\" to cure it.").quotes();

    assertThat(quotes).extracting(Quote::speaker).containsExactly("Tony Norton", "Tony Norton");
  }

  @Test
  void aQuotationAfterAnotherSentenceIsNotTheFirstsContinuation() {
    List<Quote> quotes = speech("Tony Norton said the economy was \"in very bad shape\". Prices"
        + " rose, and there was \"an awful lot of talk but little action\" to cure it.").quotes();

    assertThat(quotes).extracting(Quote::speaker).containsExactly("Tony Norton", null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attributed")
  void attributesEachPattern(String description, String text, String speaker) {
    assertThat(speakerOf(text)).isEqualTo(speaker);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pronouns")
  void resolvesPronounsAndShortNames(String description, String text, String speaker) {
    assertThat(speakerOf(text)).isEqualTo(speaker);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nobody")
  void givesNoSpeakerWhenNoNamedPersonSpeaks(String description, String text) {
    assertThat(speakerOf(text)).isNull();
  }

  static Stream<Arguments> boundaries() {
    return Stream.of(
        Arguments.of("fewer than three words is no quote", "He called it \"on-going battle\" today.",
            List.of()),
        Arguments.of("three words is a quote", "It was \"a good day\", Ann Cole said.",
            List.of("a good day")),
        Arguments.of("single quotes do not count", "Ann Cole said 'we will win this' loudly.",
            List.of()),
        Arguments.of("a title is no quote",
            "The film \"Million Dollar Baby\" won, and she liked \"The Lord of the Rings\".",
            List.of()),
        Arguments.of("a named thing is no quote",
            "The plan, dubbed \"a new deal for all\", was cut.", List.of()),
        Arguments.of("interrupted quote is two quotes",
            "\"Hollywood was calling me,\" he said, \"so I got in my car.\"",
            List.of("Hollywood was calling me,", "so I got in my car.")),
        Arguments.of("quote over paragraphs is one, joined by a space",
            "Ann Cole said: \"We will win this.\n\n\"And then we will rest.\"",
            List.of("We will win this. And then we will rest.")),
        Arguments.of("unclosed mark before the next opening in one paragraph is one quote",
            "Ann Cole said: \"We will win this. \"And then we will rest.\"",
            List.of("We will win this. And then we will rest.")),
        Arguments.of("closed then reopened is two quotes",
            "Ann Cole said: \"We will win this.\" \"And then we will rest.\"",
            List.of("We will win this.", "And then we will rest.")),
        Arguments.of("mid-sentence quote", "Mr Hale said it was \"a step too far\" for him.",
            List.of("a step too far")),
        Arguments.of("curly marks keep the text as written",
            "\u201cIt\u2019s clear we can\u2019t solve it,\u201d he said.",
            List.of("It\u2019s clear we can\u2019t solve it,")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boundaries")
  void findsQuotationsByTheGoldConventions(String description, String text, List<String> quotes) {
    assertThat(speech(text).quotes()).extracting(Quote::text).containsExactlyElementsOf(quotes);
  }

  @Test
  void aQuoteOverParagraphsStartsInItsFirstParagraph() {
    List<Quote> quotes = speech(
        "Costs rose.\n\nAnn Cole said: \"We will win this.\n\n\"And then we will rest.\"").quotes();
    assertThat(quotes).extracting(Quote::paragraph).containsExactly(1);
    assertThat(quotes).extracting(Quote::speaker).containsExactly("Ann Cole");
  }

  @Test
  void aSpeakerOfAQuoteIsAlwaysASpeaker() {
    Speech speech = speech("\"We will not give up on this,\" said Ann Cole.\n\n"
        + "\"Nor will we back down,\" Tom Hale added.");
    assertThat(speech.speakers()).containsExactly("Ann Cole", "Tom Hale");
    assertThat(speech.quotes()).extracting(Quote::speaker).containsExactly("Ann Cole", "Tom Hale");
  }

  @Test
  void attributesTheQuotesOfTheSeedArticle() throws Exception {
    Article seed = seed();
    assertThat(seed.speakers()).containsExactly(
        "Rex Tillerson", "James Mattis", "Sean Spicer", "Sergei Lavrov", "Dmitry Peskov");
    assertThat(speakerOfQuoteStarting(seed, "We\u2019re losing time")).isEqualTo("Dmitry Peskov");
    assertThat(speakerOfQuoteStarting(seed, "It\u2019s clear we can\u2019t solve"))
        .isEqualTo("Sergei Lavrov");
    assertThat(speakerOfQuoteStarting(seed, "We call Washington")).isNull();
    assertThat(speakerOfQuoteStarting(seed, "As we search for new common ground"))
        .isEqualTo("Rex Tillerson");
    assertThat(speakerOfQuoteStarting(seed, "not in a position right now to collaborate on a military level"))
        .isEqualTo("James Mattis");
    for (Quote quote : seed.quotes()) {
      assertThat(quote.speaker() == null || seed.speakers().contains(quote.speaker())).isTrue();
    }
  }

  private static String speakerOfQuoteStarting(Article article, String start) {
    List<Quote> matches =
        article.quotes().stream().filter(q -> q.text().startsWith(start)).toList();
    assertThat(matches).as("quotes starting %s", start).hasSize(1);
    return matches.getFirst().speaker();
  }

  private static Article seed() throws IOException, MalformedArticleException {
    try (InputStream in =
        QuoteExtractionTest.class.getResourceAsStream("/parse/000_1cfec468458a1b7d.txt")) {
      return new ArticleParser().parse("seed", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
