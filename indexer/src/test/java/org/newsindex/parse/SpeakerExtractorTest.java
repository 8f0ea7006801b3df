package org.newsindex.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpeakerExtractorTest {

  private final SpeakerExtractor extractor = new SpeakerExtractor();

  /** Paragraphs are separated by a blank line in each case's text. */
  private List<String> speakers(String text) {
    return extractor.extract(Arrays.asList(text.split("\n\n"))).speakers();
  }

  static Stream<Arguments> patterns() {
    return Stream.of(
        Arguments.of("quote then name",
            "\"Profits will rise this year,\" Jane Hollis said.", List.of("Jane Hollis")),
        Arguments.of("quote then said name",
            "\"Profits will rise this year,\" said Jane Hollis, the firm's chief executive.",
            List.of("Jane Hollis")),
        Arguments.of("said then role then name",
            "\"Costs are falling,\" said Nortel president and chief executive Bill Owens.",
            List.of("Bill Owens")),
        Arguments.of("said colon",
            "Jane Hollis said: \"Profits will rise.\"", List.of("Jane Hollis")),
        Arguments.of("said that",
            "Jane Hollis said that profits would rise.", List.of("Jane Hollis")),
        Arguments.of("apposition",
            "Dmitry Peskov, the Kremlin spokesman, said talks would go on.", List.of("Dmitry Peskov")),
        Arguments.of("apposition with commas inside",
            "Rory O' Neill, editor of Hazards magazine, which ran the survey, said: \"It is a win.\"",
            List.of("Rory O' Neill")),
        Arguments.of("name as the apposition",
            "The party's health spokeswoman, Eleanor Scott, said she was pleased.",
            List.of("Eleanor Scott")),
        Arguments.of("a person speaking for a firm's own",
            "Joseph Pinole said its board would meet on Friday.", List.of("Joseph Pinole")),
        Arguments.of("a first name before a nationality that is also a surname",
            "Mike German said the report was wrong.", List.of("Mike German")),
        Arguments.of("a first name before a word that could end a firm",
            "Frank Field said the report was wrong.", List.of("Frank Field")),
        Arguments.of("a two-word surname alone is the fullest name given",
            "Fernando Santos Alvite arrived.\n\nSantos Alvite said output would rise.",
            List.of("Fernando Santos Alvite")),
        Arguments.of("two people speaking together",
            "Dr Jon Walpole and Dr Dennis McFee said the results were clear.",
            List.of("Jon Walpole", "Dennis McFee")),
        Arguments.of("a person before an affiliation",
            "\"It is no cure,\" analyst Mark Clyde of Barclays de Zoete Wedd said.",
            List.of("Mark Clyde")),
        Arguments.of("said, a role, a person, an affiliation",
            "\"Demand is weak,\" said analyst John Smith of Acme Capital.", List.of("John Smith")),
        Arguments.of("said, a person, an affiliation in lower case",
            "\"Demand is weak,\" said Dr Jane Doe of the university.", List.of("Jane Doe")),
        Arguments.of("said, a role, a person, an affiliation with at",
            "\"Demand is weak,\" said economist Ann Lee at Merrill Lynch.", List.of("Ann Lee")),
        Arguments.of("said, a role, a person, an affiliation, a place",
            "\"Demand is weak,\" said analyst John Smith at Acme Capital in London.",
            List.of("John Smith")),
        Arguments.of("said, a title shortened with a full stop, a name",
            "\"Demand is weak,\" said Dr. Jane Doe.", List.of("Jane Doe")),
        Arguments.of("a title shortened with a full stop, a name, said",
            "Dr. Jane Doe said demand was weak.", List.of("Jane Doe")),
        Arguments.of("a surname after a title shortened with a full stop",
            "John Smith arrived.\n\n\"Demand is weak,\" Mr. Smith said.", List.of("John Smith")),
        Arguments.of("a name and a colon before a quotation",
            "Jane Doe: \"We are not going anywhere.\"", List.of("Jane Doe")),
        Arguments.of("a name, a few words and a colon before a quotation",
            "Ruben Amorim was more measured: \"We suffered, but the boys never gave up.\"",
            List.of("Ruben Amorim")),
        Arguments.of("a title shortened before a surname, the full name given before",
            "The head of the unit, Mick Deats, led the raid.\n\nChief Supt Deats went on to warn:"
                + " \"The internet offers huge benefits.\"", List.of("Mick Deats")),
        Arguments.of("tweeted", "\"We are not going anywhere,\" Jane Doe tweeted.",
            List.of("Jane Doe")),
        Arguments.of("a party and state after the name",
            "\"We will fight,\" Sen. Chuck Schumer, D-N.Y., said.", List.of("Chuck Schumer")),
        Arguments.of("a nickname in quotation marks inside the name",
            "\"It was a good year,\" said John \"Bud\" Frazier, a grain analyst.",
            List.of("John Frazier")),
        Arguments.of("two particles in a name",
            "\"We cannot wait,\" Sen. Maria de la Cruz, D-N.M., said.", List.of("Maria de la Cruz")),
        Arguments.of("two particles in a name after the verb",
            "The deal is off, said Linda van der Berg.", List.of("Linda van der Berg")),
        Arguments.of("a long apposition",
            "Mr Boris Jonson, who was forced to apologise last year for an article in the magazine "
                + "he edits about the city grieving over the death of a hostage abroad, said the "
                + "prime minister should stay out of it.", List.of("Boris Jonson")),
        Arguments.of("unclosed apposition naming a role",
            "Paul Mlotok, oil analyst for Salomon Brothers Inc said that prices would rise.",
            List.of("Paul Mlotok")),
        Arguments.of("apposition ending in a lone word before the verb",
            "Ann Lichter, president of the Oil Research Foundation in recent testimony to Congress"
                + " said output would fall.", List.of("Ann Lichter")),
        Arguments.of("a name read off the end of an organisation's name",
            "The Chairman of the Stock Exchange of Hong Kong Ronald Li said the plan was rejected.",
            List.of("Ronald Li")),
        Arguments.of("unclosed apposition",
            "Alan Milburn, Labour's election strategist told the BBC the campaign was on course.",
            List.of("Alan Milburn")),
        Arguments.of("auxiliaries between subject and verb",
            "Sean Spicer, the White House spokesman, has also said that talks will resume.",
            List.of("Sean Spicer")),
        Arguments.of("told", "Paul Reddy told the BBC that costs were falling.", List.of("Paul Reddy")),
        Arguments.of("added", "Ann Cole added that more jobs would go.", List.of("Ann Cole")),
        Arguments.of("argued", "Ann Cole argued the plan was flawed.", List.of("Ann Cole")),
        Arguments.of("warned", "Ann Cole warned of more job cuts.", List.of("Ann Cole")),
        Arguments.of("said, role, name",
            "\"Prices are too high\", said the Daily Star's sports editor, Ron Tabb.",
            List.of("Ron Tabb")),
        Arguments.of("insisted", "Ann Cole insisted the plan was safe.", List.of("Ann Cole")),
        Arguments.of("explained", "Ann Cole explained why the plan failed.", List.of("Ann Cole")),
        Arguments.of("claimed", "Ann Cole claimed the plan had worked.", List.of("Ann Cole")),
        Arguments.of("admitted", "Ann Cole admitted the plan had failed.", List.of("Ann Cole")),
        Arguments.of("stated", "Ann Cole stated that the plan had failed.", List.of("Ann Cole")),
        Arguments.of("noted", "Ann Cole noted that sales were flat.", List.of("Ann Cole")),
        Arguments.of("according to",
            "According to Benoit Joly from broadband firm Thales, 30% of homes cannot get satellite TV.",
            List.of("Benoit Joly")),
        Arguments.of("participle takes the subject of the sentence",
            "At a Nato meeting, Mr James Mattis struck a similar note, saying that talks must wait.",
            List.of("James Mattis")),
        Arguments.of("agent of a passive",
            "The £7m was announced by Chancellor Gordon Brown.", List.of("Gordon Brown")),
        Arguments.of("participle with only a prepositional name",
            "The trouble began with Maria Hutchings marching up, saying \"that's rubbish\" loudly.",
            List.of("Maria Hutchings")),
        Arguments.of("sentence-initial said",
            "The film is made by Simon Bysshe.\n\nSaid Mr Bysshe: \"It will be shown online.\"",
            List.of("Simon Bysshe")));
  }

  static Stream<Arguments> nonSpeakers() {
    return Stream.of(
        Arguments.of("organisation suffix", "Time Warner Inc said profits rose."),
        Arguments.of("a body whose name follows a title's of",
            "The National Association of Securities Dealers said talks went well."),
        Arguments.of("a council whose name follows a title",
            "A former chairman of President Reagan's Council of Economic Advisers said talks went"
                + " well."),
        Arguments.of("a title's complement without a name",
            "The Chancellor of the Exchequer said talks went well."),
        Arguments.of("a second verb that reports no speech: an act with an object",
            "Charlie Hodgson converted and added a penalty for a 10-3 lead."),
        Arguments.of("a second verb that reports no speech: a preposition after it",
            "Ronald Reagan opposes the bill, but agreed to support a trade bill."),
        Arguments.of("the spokesperson, not the minister spoken for",
            "A spokesperson for Planning Minister Paul Scully said the advice would follow."),
        Arguments.of("a department whose name has an and",
            "A spokeswoman for the Department of Health and Social Care said: \"We welcome it.\""),
        Arguments.of("a state, as Nigerian copy names one",
            "The governor of Lagos State said: \"We are ready.\""),
        Arguments.of("a nationality that describes no person",
            "Ulysses Guimaraes led the meeting. The plan had the support of the governors of 22"
                + " Brazilian states."),
        Arguments.of("organisation and a colon before a quotation",
            "Time Warner Inc: \"Profits rose.\""),
        Arguments.of("a name and a colon before no quotation", "Jane Doe: a life in pictures."),
        Arguments.of("a possessive name, a few words and a colon before a quotation",
            "Jane Doe's message was simple: \"Vote for the plan.\""),
        Arguments.of("organisation after the", "The Daily Telegraph said the report was leaked."),
        Arguments.of("organisation word", "Christian Aid said the move would cost jobs."),
        Arguments.of("acronym", "\"We will appeal,\" the BBC said."),
        Arguments.of("lone unknown word", "Microsoft said sales rose."),
        Arguments.of("place after a title-like word", "The New York Marathon said entries were up."),
        Arguments.of("anonymous spokesman", "A spokesman said the plant would close."),
        Arguments.of("anonymous official", "\"We are worried,\" one exasperated official said."),
        Arguments.of("generic people", "Analysts said shares would fall."),
        Arguments.of("group", "US officials said the talks had stalled."),
        Arguments.of("office",
            "Gen Joseph Dunford was due to fly out.\n\nGen Dunford's office said the two would meet."),
        Arguments.of("possessive noun", "Mr Blair's comments were criticised."),
        Arguments.of("request, not speech", "Mr Trump has asked Robert Harward to become his adviser."),
        Arguments.of("mention only", "Tony Blair visited Leeds on Monday."),
        Arguments.of("speech inside a quotation", "\"Then John Smith said no to us,\" the report read."),
        Arguments.of("pronoun with nobody named", "\"We are ready,\" he said."),
        Arguments.of("no paragraphs", ""),
        Arguments.of("firm named in full elsewhere",
            "Delta Vista Corp opened a plant.\n\nDelta Vista said the plant would make chips."),
        Arguments.of("initials of an abbreviation",
            "The talks will resume next week, U.S. Negotiators said."),
        Arguments.of("a place where a name stands",
            "\"Demand is weak,\" a trader in New York said.\n\nNew York said the index fell."),
        Arguments.of("a sentence opened by a participle",
            "Addressing Chicago bankers, the speaker said rates would rise."),
        Arguments.of("a team before a role",
            "Bolton Wanderers boss Sam Lee was pleased.\n\nBolton Wanderers said it was fair."),
        Arguments.of("a firm that speaks of its own",
            "Comissaria Lemos said in its weekly review that showers continued."),
        Arguments.of("the firm where a role is held",
            "Kim Lee, an analyst at Global Vista, was cautious.\n\nGlobal Vista said prices would rise."),
        Arguments.of("a firm cited by name alone", "\"Rates will fall,\" Merrill Lynch said."),
        Arguments.of("a firm with a stock ticker", "Sears Roebok <S> said sales rose."),
        Arguments.of("a firm by its first word", "Banco Portugues said it would list shares."),
        Arguments.of("a firm by its legal form", "Agip Petroli Spa said output rose."),
        Arguments.of("a nationality ending a name", "West German said exports rose."),
        Arguments.of("a treaty", "The General Agreement said tariffs must fall."),
        Arguments.of("a newspaper", "The report in Zone Daily said exports rose.\n\n"
            + "Zone Daily said prices would rise."),
        Arguments.of("a region of a place", "\"Demand is weak,\" Southeast Asia said."),
        Arguments.of("a place word ending a name", "Prudhoe Bay said output fell."),
        Arguments.of("a first name before a legal form", "Scott Inc said output fell."),
        Arguments.of("a firm described with which",
            "Morgan Grenhill, which advised the bank, said the offer was fair."),
        Arguments.of("the name before an anonymous source's apposition",
            "The firm has named Ann Cole as chief, replacing Tom Hale, a company spokesman said."));
  }

  static Stream<Arguments> resolution() {
    return Stream.of(
        Arguments.of("a nationality for the person named before",
            "City boss Pep Guardiola was happy.\n\n\"Everybody played well,\" the Spaniard said.",
            List.of("Pep Guardiola")),
        Arguments.of("a nationality after the verb",
            "Andre Agassi beat Massu.\n\n\"I felt pretty good,\" said the American.",
            List.of("Andre Agassi")),
        Arguments.of("an Arabic name with its articles, then the first name alone",
            "Output will rise, Kuwait oil minister Sheikh Ali al-Khalifa al-Sabah said.\n\n"
                + "Ali told a news conference that prices would hold.",
            List.of("Ali al-Khalifa al-Sabah")),
        Arguments.of("a family name written first, then alone",
            "President Xi Jinping met the delegation.\n\n\"Our two countries are partners,\" Xi"
                + " said.", List.of("Xi Jinping")),
        Arguments.of("a first name alone after the full name",
            "Paul McCartney played first.\n\n\"It was a great night,\" Paul said.",
            List.of("Paul McCartney")),
        Arguments.of("a first name that the article also gives a title stays a surname",
            "Mr Howard spoke first. Howard Flight listened.\n\n\"We will win,\" Howard said.",
            List.of("Howard")),
        Arguments.of("a firm's first word is no person's short name",
            "Goodyear Tire and Rubber Co raised prices.\n\n\"Demand is strong,\" Goodyear said.",
            List.of()),
        Arguments.of("the surname of a name with two particles",
            "Linda van der Berg chairs the board.\n\n\"We lost confidence,\" van der Berg said.",
            List.of("Linda van der Berg")),
        Arguments.of("he is the most recent person in focus",
            "Sergei Lavrov met the press.\n\nMr Lavrov gave a readout.\n\n\"We must move on,\" he said.",
            List.of("Sergei Lavrov")),
        Arguments.of("names after the pronoun do not take it over",
            "Mr Sergei Lavrov spoke first. \"It is clear,\" he said, adding that Mr Vladimir Putin and "
                + "Mr Donald Trump would meet. He said sanctions were not discussed.",
            List.of("Sergei Lavrov")),
        Arguments.of("a name after a preposition does not take the focus from the subject",
            "Having worked with Mr Jim Cantalupo, Mr Charlie Bell focused on sales. "
                + "He had promised to cut costs.",
            List.of("Charlie Bell")),
        Arguments.of("a name after a preposition is in focus when the sentence names nobody else",
            "He recalls a meeting with Ms Sharron Storer in 2001. \"You do nothing,\" she told him.",
            List.of("Sharron Storer")),
        Arguments.of("she skips a man",
            "Ms Ann Kemp chaired the meeting. Mr Tom Hale arrived late. \"It went well,\" she said.",
            List.of("Ann Kemp")),
        Arguments.of("he skips a woman",
            "Mr Tom Hale chaired the meeting. Mrs Ann Kemp arrived late. \"It went well,\" he said.",
            List.of("Tom Hale")),
        Arguments.of("a definite description speaks for the person in focus, whatever the gender",
            "Gordon Brown opened the conference.\n\nThe chancellor said cuts would be \"a disaster\".",
            List.of("Gordon Brown")),
        Arguments.of("an inverted description",
            "Ann Kemp backed the plan. \"It will work,\" said the club's chairwoman.",
            List.of("Ann Kemp")),
        Arguments.of("a verb joined by but speaks for the subject of the first",
            "Michael Howard said the team had agreed, but admitted it was \"not an easy issue\".",
            List.of("Michael Howard")),
        Arguments.of("one name after a role is a person",
            "Madrid midfielder Gutierro told a radio station: \"It was a shock to everyone.\"",
            List.of("Gutierro")),
        Arguments.of("surname alone resolves to the full name",
            "Tony Blair visited Leeds.\n\nBlair said the economy was strong.", List.of("Tony Blair")),
        Arguments.of("title and surname resolve to a full name given later",
            "Mr Tillerson said Washington was ready.\n\nRex Tillerson arrived in Bonn.",
            List.of("Rex Tillerson")),
        Arguments.of("full name found inside a quotation",
            "He said: \"I thank Frank Arnesen.\"\n\nArnesen said the club was sad.",
            List.of("Frank Arnesen")),
        Arguments.of("title and surname with no full name", "Mr Blair said the economy was strong.",
            List.of("Blair")),
        Arguments.of("curly apostrophe", "\u201cIt\u2019s a win,\u201d said Rory O\u2019Neill.",
            List.of("Rory O\u2019Neill")),
        Arguments.of("hyphenated name", "Philippe Saint-Andre said his side had improved.",
            List.of("Philippe Saint-Andre")),
        Arguments.of("hyphenated adjective is not part of the name",
            "Houston-based Continental said it would cut jobs.", List.of()));
  }

  static Stream<Arguments> titles() {
    return Stream.of(
        Arguments.of("President Vladimir Putin said talks went well.", "Vladimir Putin"),
        Arguments.of("Prime Minister Tony Blair said talks went well.", "Tony Blair"),
        Arguments.of("Gen Joseph Dunford said talks went well.", "Joseph Dunford"),
        Arguments.of("Sir Menzies Campbell QC said talks went well.", "Menzies Campbell"),
        Arguments.of("Defending, Jonathan Laidlaw KC said talks went well.", "Jonathan Laidlaw"),
        Arguments.of("His barrister, Sophie Callan SC, said talks went well.", "Sophie Callan"),
        Arguments.of("Taoiseach Micheál Martin said talks went well.", "Micheál Martin"),
        Arguments.of("Social Democrats TD Róisín Shortall said talks went well.", "Róisín Shortall"),
        Arguments.of("Sinn Féin MLA Conor Murphy said talks went well.", "Conor Murphy"),
        Arguments.of("Madam Akosua Darkwah said talks went well.", "Akosua Darkwah"),
        Arguments.of("DCI Sarah Sedgwick said talks went well.", "Sarah Sedgwick"),
        Arguments.of("Chancellor Gordon Brown told MPs that talks went well.", "Gordon Brown"),
        Arguments.of("Home Secretary David Blunkett said talks went well.", "David Blunkett"),
        Arguments.of("Dr Rowan Williams said talks went well.", "Rowan Williams"),
        Arguments.of("Councillor Priya Shah said talks went well.", "Priya Shah"),
        Arguments.of("Shopkeeper Giorgos Papadopoulos said talks went well.", "Giorgos Papadopoulos"),
        Arguments.of("Tory leader Michael Howard said talks went well.", "Michael Howard"),
        Arguments.of("But Labour's Alan Milburn said talks went well.", "Alan Milburn"),
        Arguments.of("Former National Security Adviser Robert Hale said talks went well.",
            "Robert Hale"),
        Arguments.of("Orbit Space Agency Peter Vance said talks went well.", "Peter Vance"),
        Arguments.of("Ambassador to GATT Michael Samuels said talks went well.", "Michael Samuels"),
        Arguments.of("Party chairman Roh Tae-woo said talks went well.", "Roh Tae-woo"),
        Arguments.of("Prime Minister-designate Noboru Takeda said talks went well.", "Noboru Takeda"),
        Arguments.of("Ms Essex said talks went well.", "Essex"),
        Arguments.of("Financier Carl Lindgren said talks went well.", "Carl Lindgren"),
        Arguments.of("Fly-half Jonny Wilkins said talks went well.", "Jonny Wilkins"),
        Arguments.of("U.S. Agriculture Secretary Ann Dow told reporters talks went well.", "Ann Dow"),
        Arguments.of("Chancellor of the Exchequer Nigel Lawson told reporters talks went well.",
            "Nigel Lawson"),
        Arguments.of("Governor of the Bank of England Mervyn Kale said talks went well.",
            "Mervyn Kale"),
        Arguments.of("Director of Public Prosecutions Keir Stanton said talks went well.",
            "Keir Stanton"),
        Arguments.of("Minister of Energy and Mines Arturo Hernandez Grisanti said talks went well.",
            "Arturo Hernandez Grisanti"),
        Arguments.of("Minister of Social Affairs Louw de Graaf said talks went well.",
            "Louw de Graaf"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("patterns")
  void findsSpeakerOfEachPattern(String description, String text, List<String> expected) {
    assertThat(speakers(text)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nonSpeakers")
  void ignoresThoseWhoAreNotNamedPeopleSpeaking(String description, String text) {
    assertThat(speakers(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("resolution")
  void resolvesPronounsAndShortNames(String description, String text, List<String> expected) {
    assertThat(speakers(text)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("titles")
  void stripsTitles(String text, String expected) {
    assertThat(speakers(text)).containsExactly(expected);
  }

  @Test
  void listsEachSpeakerOnceInOrderOfFirstAttribution() {
    String text = "\"Sales fell,\" said Ann Kemp.\n\n\"Costs rose,\" said Tom Hale.\n\n"
        + "\"We will recover,\" Ms Kemp added. Ann Kemp said so twice.";
    assertThat(speakers(text)).containsExactly("Ann Kemp", "Tom Hale");
  }

  @Test
  void findsExactlyTheSpeakersOfTheSeedArticle() throws IOException {
    assertThat(extractor.extract(seedParagraphs()).speakers())
        .containsExactly("Rex Tillerson", "James Mattis", "Sean Spicer", "Sergei Lavrov", "Dmitry Peskov");
  }

  /** The seed's paragraphs as the parser reads them (the same file the parser tests use). */
  private static List<String> seedParagraphs() throws IOException {
    String text;
    try (InputStream in =
        SpeakerExtractorTest.class.getResourceAsStream("/parse/000_1cfec468458a1b7d.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      return new ArticleParser().parse("seed", text).paragraphs();
    } catch (MalformedArticleException e) {
      throw new AssertionError(e);
    }
  }

}
