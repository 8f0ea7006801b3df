package org.newsindex.search;

import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The index layout both backends share: every field name, how each field is indexed and why, the
 * analyzers, the facet dimensions and the layout's version. Nothing else names a field. How the
 * local index writes an article with them is {@code ArticleDocuments}; how OpenSearch maps them is
 * {@code OpenSearchSchema}.
 *
 * <p>An article is a block of documents written and replaced together: one article document and
 * one document per quotation, so that quotes are searchable units of their own. Quote fields have
 * names of their own, so quote documents never skew the statistics that rank articles.
 */
public final class Schema {

  /** What a document is ({@link #ARTICLE} or {@link #QUOTE}); every query filters on it. */
  public static final String KIND = "kind";

  public static final String ARTICLE = "article";
  public static final String QUOTE = "quote";

  /**
   * The article a document belongs to, on every document of its block: re-indexing replaces the
   * whole block by this term. Stored on quotes, to name their article.
   */
  public static final String ARTICLE_ID = "article_id";

  /** Article id on the article document only: exact keyword, stored. */
  public static final String ID = "id";

  /**
   * Headline: each word as written and, marked, as its stem (see {@link WordForms}); stored for
   * display and highlighting. Queries ask for its stems by this name.
   */
  public static final String HEADLINE = "headline";

  /**
   * How queries ask for the headline's words as written, for quoted phrases: {@link WordForms}
   * turns it into {@link #HEADLINE}. The OpenSearch index has it as a subfield of its own.
   */
  public static final String HEADLINE_EXACT = "headline.exact";

  /**
   * Body, one value per paragraph, like {@link #HEADLINE}. The analyzers' position gap keeps a
   * phrase from matching across two paragraphs; stored for snippets.
   */
  public static final String PARAGRAPHS = "paragraphs";

  /** How queries ask for the body's words as written; see {@link #HEADLINE_EXACT}. */
  public static final String PARAGRAPHS_EXACT = "paragraphs.exact";

  /**
   * How many words each paragraph holds, stored with an article of more than one: where each
   * paragraph's positions start, so that a hit's matches are found in the text of its matching
   * paragraphs alone.
   */
  public static final String PARAGRAPH_WORDS = "paragraph_words";

  /**
   * Canonical speaker names, stored for display. The local index lists and counts its speakers by
   * the terms of the speakers facet ({@link #SPEAKERS_FACET}), so indexes no terms of its own here.
   */
  public static final String SPEAKERS = "speakers";

  /**
   * Each speaker's name as a filter matches it, ignoring case and accents ({@link
   * SpeakerNames#key}): indexed, not stored. OpenSearch keeps it as a subfield of {@link
   * #SPEAKERS} with a normalizer that does the same.
   */
  public static final String SPEAKERS_KEY = "speakers.key";

  /** Publication name, stored for display. */
  public static final String SOURCE = "source";

  /**
   * Publication date as epoch day, on articles and their quotes: a point for ranges, doc values for
   * sorting, stored for display.
   */
  public static final String DATE = "date";

  /** The date as the article wrote it; only shown, never searched. */
  public static final String DATE_TEXT = "date_text";

  /**
   * Words of a quote, like {@link #HEADLINE}: written and stemmed. Not stored in the local index,
   * whose article documents store their quotes as places in the paragraphs ({@link #QUOTES}).
   */
  public static final String QUOTE_TEXT = "quote.text";

  /** How queries ask for a quote's words as written; see {@link #HEADLINE_EXACT}. */
  static final String QUOTE_TEXT_EXACT = "quote.text.exact";

  /** Who said a quote: exact keyword to filter on; absent when not a named person. */
  public static final String QUOTE_SPEAKER = "quote.speaker";

  /** Who said a quote, as {@link #SPEAKERS_KEY} holds a name: what a speaker filter matches. */
  public static final String QUOTE_SPEAKER_KEY = "quote.speaker.key";

  /**
   * The paragraph a quote starts in: on OpenSearch's quote documents; the local index keeps it in
   * {@link #QUOTES}.
   */
  public static final String QUOTE_PARAGRAPH = "quote.paragraph";

  /**
   * The quote's place among its article's quotes, from 0, as doc values. A block's documents stay
   * together and in order, so the article's document is this many documents, and one more, before
   * the quote's: a quote hit reads its article's headline, date and text from there, and the quote
   * itself from the article's {@link #QUOTES}.
   */
  public static final String QUOTE_NUMBER = "quote.number";

  /**
   * An article's quotes, on the local index's article document: who said each and where its words
   * stand in the paragraphs, not the words again, packed in one stored value ({@code
   * StoredQuotes}). Quote documents store nothing.
   */
  public static final String QUOTES = "quotes";

  /** The quote's article headline: a field of the OpenSearch index's quotes only. */
  public static final String QUOTE_HEADLINE = "quote.headline";

  /**
   * What the article was made from, as {@link ContentHash} computes it, on the article document
   * only: binary doc values (locally, a hex hash as the bytes it spells), so that a run loads every
   * article's hash without reading stored documents; never stored. A re-run skips an article whose
   * input still has this hash.
   */
  public static final String CONTENT_HASH = "content_hash";

  /**
   * The story an article tells ({@link StoryKeys}), on the article document: a number shared by
   * its exact and near copies, with doc values to collapse hits on and indexed as a term (its eight
   * bytes) to count and find them.
   */
  public static final String STORY = "story";

  /**
   * The band hashes of an article's {@link StorySketch}: points, never stored, so that a writer
   * finds the articles that may tell the same story without reading any other. Points, not terms:
   * sixteen terms of their own per article made the terms dictionary a fifth of the indexing time.
   */
  public static final String STORY_BANDS = "story_bands";

  /**
   * An article's {@link StorySketch#numberSummary}, as doc values, so that a writer skips the
   * articles sharing a band whose numbers cannot agree with a new one's without reading their text.
   */
  public static final String STORY_NUMBERS = "story_numbers";

  /**
   * A quote as one story tells it ({@link StorySketch#quoteKey}), on the quote document, as doc
   * values: the same words in two copies of a story share it, so that quote hits collapse on it.
   */
  public static final String QUOTE_STORY = "quote.story";

  /**
   * The version of this layout: raise it whenever a change here would write an article's documents
   * differently, so that content hashes change and the next run rewrites every article. Lucene
   * refuses to mix some changes (a field's index options) in one index, so a writer opening an index
   * of another version rebuilds it from scratch. Version 2: exact fields without offsets. Version 3:
   * every quote field under {@code quote.}, so that OpenSearch maps the same names as one object.
   * Version 4: inflections and nouns in {@code -ion} joined by {@link EnglishStems}. Version 5: each
   * text field holds its written words and their marked stems ({@link WordForms}), no exact twins;
   * quotes store where their text is instead of a copy, and content hashes are not stored.
   * Version 6: stored text compressed by zstd instead of LZ4. Version 7: zstd
   * blocks of 8 KiB instead of 16; every document has every text field, empty where it has none.
   * Version 8: story keys and bands ({@link #STORY}), so that copies of one story collapse.
   * Version 9: a position gap of one between paragraphs instead of 100; quotes stored on their
   * article ({@link #QUOTES}), not on their own documents; speakers found by their facet's terms;
   * content hashes as bytes, not hex. Version 10: each stored document compressed alone, with a
   * dictionary per segment ({@code ZstdStoredFields}), instead of in blocks of 8 KiB. Version 11:
   * the words of each paragraph stored ({@link #PARAGRAPH_WORDS}). Version 12: possessives dropped
   * from the written words too, so that a phrase finds "Tony Blair's"; words of {@link
   * #UNSTEMMED_WORD} length are their own stem unless {@link EnglishStems} says otherwise. Version
   * 13: speaker names also as keys that ignore case and accents ({@link #SPEAKERS_KEY}). Version
   * 14: initialisms without their dots ({@link #DOTTED_INITIALISM}).
   */
  public static final int VERSION = 14;

  /**
   * The words KStem leaves alone, as a regular expression over a whole word: three letters or
   * fewer. KStem reads an unknown short word as a plural or an adverb and strips it to one or two
   * letters: tickers and initials such as {@code kly}, {@code bes} and {@code ely} became {@code
   * k}, {@code be} (the stem of "were") and {@code e}. The short inflections that English has
   * ({@code men}, {@code ran}, {@code led}) are in the {@link EnglishStems} table.
   */
  public static final String UNSTEMMED_WORD = ".{1,3}";

  /**
   * An initialism written with dots, as the tokenizer leaves it ("u.s" of "U.S.", "u.s.a" of
   * "U.S.A."), as a regular expression over a whole word: two to four letters, each followed by a
   * dot but the last. Its letters without the dots ({@link #INITIALISM_LETTERS}) are the word
   * indexed and searched, so "US" finds Reuters' "U.S." and "U.K." finds the BBC's "UK".
   */
  public static final String DOTTED_INITIALISM =
      "^(\\p{L})\\.(\\p{L})(?:\\.(\\p{L}))?(?:\\.(\\p{L}))?\\.?$";

  /** What {@link #DOTTED_INITIALISM} is replaced with: its letters. */
  public static final String INITIALISM_LETTERS = "$1$2$3$4";

  /** The key of {@link #VERSION} in each commit's user data. */
  public static final String VERSION_KEY = "newsindex.schema.version";

  /** Facet dimension: people quoted in an article, counted and drilled into. */
  public static final String SPEAKERS_FACET = "speakers";

  /** Facet dimension: the publication. */
  public static final String SOURCE_FACET = "source";

  /** Facet dimension: the year of publication, for articles with a date. */
  public static final String YEAR_FACET = "year";

  /**
   * Positions left empty between two values of one field, so that no phrase spans two paragraphs.
   * A phrase matches words at consecutive positions only (queries have no slop operator, and the
   * written words a phrase asks for stand at every position), so one empty position is enough. A
   * wider gap would only cost space: every later position of the article grows by it, and Lucene
   * writes positions as differences, so with the customary 100 the positions of BBC's index took
   * 12% more bytes. A slop or proximity operator, if ever added, must stay below this.
   */
  public static final int POSITION_GAP = 1;

  /** The fields an article query searches, with the weight of a match: the headline says more. */
  public static final Map<String, Float> ARTICLE_FIELDS = Map.of(HEADLINE, 2.0f, PARAGRAPHS, 1.0f);

  /** The field a quote query searches. */
  static final Map<String, Float> QUOTE_FIELDS = Map.of(QUOTE_TEXT, 1.0f);

  /** For each searched field, the name that asks for its words as written, for quoted phrases. */
  static final Map<String, String> EXACT_FIELDS =
      Map.of(HEADLINE, HEADLINE_EXACT, PARAGRAPHS, PARAGRAPHS_EXACT, QUOTE_TEXT, QUOTE_TEXT_EXACT);

  /** The text field each exact name asks for. */
  private static final Map<String, String> TEXT_FIELDS_OF_EXACT =
      Map.of(HEADLINE_EXACT, HEADLINE, PARAGRAPHS_EXACT, PARAGRAPHS, QUOTE_TEXT_EXACT, QUOTE_TEXT);

  private static final Analyzer QUERY_ANALYZER = buildQueryAnalyzer();

  private static final Analyzer INDEX_ANALYZER = buildIndexAnalyzer();

  private Schema() {}

  /**
   * The analyzer that parses queries: stemmed English for the text fields, the words as written for
   * their {@code .exact} names. {@link WordForms#toIndexTerms} maps its terms onto the index.
   */
  public static Analyzer queryAnalyzer() {
    return QUERY_ANALYZER;
  }

  /** The analyzer that indexes documents: each text field's words written and stemmed. */
  public static Analyzer indexAnalyzer() {
    return INDEX_ANALYZER;
  }

  /** Whether a field holds text as {@link WordForms} lays it out. */
  static boolean isTextField(String field) {
    return EXACT_FIELDS.containsKey(field);
  }

  /** The text field that an {@code .exact} name asks for, or {@code null} for any other name. */
  static String textFieldOfExact(String field) {
    return TEXT_FIELDS_OF_EXACT.get(field);
  }

  private static Analyzer buildQueryAnalyzer() {
    Analyzer written = new WrittenEnglish();
    return new PerFieldAnalyzerWrapper(
        new StemmedEnglish(),
        Map.of(HEADLINE_EXACT, written, PARAGRAPHS_EXACT, written, QUOTE_TEXT_EXACT, written));
  }

  private static Analyzer buildIndexAnalyzer() {
    Analyzer both = new WrittenAndStemmedEnglish();
    return new PerFieldAnalyzerWrapper(
        new WrittenEnglish(), Map.of(HEADLINE, both, PARAGRAPHS, both, QUOTE_TEXT, both));
  }

  /**
   * The words of a text as every analyzer here reads them: split by {@link StandardTokenizer},
   * lower-cased, folded to ASCII (so "cafe" finds "café") and without a possessive ending ("Tony
   * Blair's" is "tony blair", for a phrase as for keywords); a subclass says which forms of each
   * written word it keeps. An initialism loses its dots ({@link #DOTTED_INITIALISM}: "U.S." is
   * "us"). {@link WrittenWordFilter} does all of it in one filter. Values of a multi-valued field
   * stand {@link #POSITION_GAP} apart.
   */
  private abstract static class EnglishWords extends Analyzer {

    /** The forms kept of the written words. */
    abstract TokenStream forms(TokenStream written);

    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer words = new StandardTokenizer();
      return new TokenStreamComponents(
          words,
          forms(new WrittenWordFilter(words)));
    }

    @Override
    protected TokenStream normalize(String field, TokenStream in) {
      return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    @Override
    public int getPositionIncrementGap(String field) {
      return POSITION_GAP;
    }
  }

  /** Words as a phrase matches them: as written, stop words kept ("the White House"). */
  private static final class WrittenEnglish extends EnglishWords {
    @Override
    TokenStream forms(TokenStream written) {
      return written;
    }
  }

  /**
   * Words as keywords match them: written, then English stop words removed, and every inflection of
   * a word joined to one stem by
   * {@link EnglishStems} and KStem ({@code games} and {@code game}, {@code running} and {@code run},
   * {@code restrictions} and {@code restrict}), while words that only look alike stay apart ({@code
   * news} and {@code new}).
   */
  private static final class StemmedEnglish extends EnglishWords {
    @Override
    TokenStream forms(TokenStream written) {
      return new WordForms.StemmedFilter(written, new WordStemmer(Schema::stemmed));
    }
  }

  /**
   * A text field as the local index holds it ({@link WordForms}): each word as {@link
   * WrittenEnglish} has it, and at the same position, when it differs, its stem as {@link
   * StemmedEnglish} has it, marked.
   */
  private static final class WrittenAndStemmedEnglish extends EnglishWords {
    @Override
    TokenStream forms(TokenStream written) {
      return new WordForms.WrittenAndStemmedFilter(written, new WordStemmer(Schema::stemmed));
    }
  }

  /** Written words to stems: stop words removed, inflections joined, short words kept whole. */
  private static TokenStream stemmed(TokenStream written) {
    TokenStream stream = new StopFilter(written, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    stream = new StemmerOverrideFilter(stream, EnglishStems.map());
    stream = new PatternKeywordMarkerFilter(stream, Pattern.compile(UNSTEMMED_WORD));
    return new KStemFilter(stream);
  }
}
