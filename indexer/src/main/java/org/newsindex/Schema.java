package org.newsindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ConditionalTokenFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The index layout: every field name, how each field is indexed and why, the analyzers, the facet
 * dimensions, and the mapping between an {@link Article} and its Lucene documents. Nothing else
 * names a field.
 *
 * <p>An article is a block of documents written and replaced together: one article document and
 * one document per quotation, so that quotes are searchable units of their own. Quote fields have
 * names of their own, so quote documents never skew the statistics that rank articles.
 */
final class Schema {

  /** What a document is ({@link #ARTICLE} or {@link #QUOTE}); every query filters on it. */
  static final String KIND = "kind";

  static final String ARTICLE = "article";
  static final String QUOTE = "quote";

  /**
   * The article a document belongs to, on every document of its block: re-indexing replaces the
   * whole block by this term. Stored on quotes, to name their article.
   */
  static final String ARTICLE_ID = "article_id";

  /** Article id on the article document only: exact keyword, stored. */
  static final String ID = "id";

  /**
   * Headline: each word as written and, marked, as its stem (see {@link WordForms}); stored for
   * display and highlighting. Queries ask for its stems by this name.
   */
  static final String HEADLINE = "headline";

  /**
   * How queries ask for the headline's words as written, for quoted phrases: {@link WordForms}
   * turns it into {@link #HEADLINE}. The OpenSearch index has it as a subfield of its own.
   */
  static final String HEADLINE_EXACT = "headline.exact";

  /**
   * Body, one value per paragraph, like {@link #HEADLINE}. The analyzers' position gap keeps a
   * phrase from matching across two paragraphs; stored for snippets.
   */
  static final String PARAGRAPHS = "paragraphs";

  /** How queries ask for the body's words as written; see {@link #HEADLINE_EXACT}. */
  static final String PARAGRAPHS_EXACT = "paragraphs.exact";

  /** Canonical speaker names, stored for display; their terms list the index's speakers. */
  static final String SPEAKERS = "speakers";

  /** Publication name, stored for display. */
  static final String SOURCE = "source";

  /**
   * Publication date as epoch day, on articles and their quotes: a point for ranges, doc values for
   * sorting, stored for display.
   */
  static final String DATE = "date";

  /** The date as the article wrote it; only shown, never searched. */
  static final String DATE_TEXT = "date_text";

  /** Words of a quote, like {@link #HEADLINE}: written and stemmed, stored. */
  static final String QUOTE_TEXT = "quote.text";

  /** How queries ask for a quote's words as written; see {@link #HEADLINE_EXACT}. */
  static final String QUOTE_TEXT_EXACT = "quote.text.exact";

  /** Who said a quote: exact keyword to filter on, stored; absent when not a named person. */
  static final String QUOTE_SPEAKER = "quote.speaker";

  /** The paragraph a quote starts in; only shown. */
  static final String QUOTE_PARAGRAPH = "quote.paragraph";

  /** The quote's article headline, copied so a quote hit needs no second lookup; only shown. */
  static final String QUOTE_HEADLINE = "quote.headline";

  /**
   * What the article was made from, as {@link ContentHash} computes it, on the article document
   * only: doc values so that a run loads every article's hash without reading stored documents,
   * stored so that it can be inspected. A re-run skips an article whose input still has this hash.
   */
  static final String CONTENT_HASH = "content_hash";

  /**
   * The version of this layout: raise it whenever a change here would write an article's documents
   * differently, so that content hashes change and the next run rewrites every article. Lucene
   * refuses to mix some changes (a field's index options) in one index, so a writer opening an index
   * of another version rebuilds it from scratch. Version 2: exact fields without offsets. Version 3:
   * every quote field under {@code quote.}, so that OpenSearch maps the same names as one object.
   * Version 4: inflections and nouns in {@code -ion} joined by {@link EnglishStems}. Version 5: each
   * text field holds its written words and their marked stems ({@link WordForms}), no exact twins.
   */
  static final int VERSION = 5;

  /** The key of {@link #VERSION} in each commit's user data. */
  static final String VERSION_KEY = "newsindex.schema.version";

  /** Facet dimension: people quoted in an article, counted and drilled into. */
  static final String SPEAKERS_FACET = "speakers";

  /** Facet dimension: the publication. */
  static final String SOURCE_FACET = "source";

  /** Facet dimension: the year of publication, for articles with a date. */
  static final String YEAR_FACET = "year";

  /** Positions between two values of one field: far beyond any phrase slop a user would type. */
  static final int POSITION_GAP = 100;

  /** The fields an article query searches, with the weight of a match: the headline says more. */
  static final Map<String, Float> ARTICLE_FIELDS = Map.of(HEADLINE, 2.0f, PARAGRAPHS, 1.0f);

  /** The field a quote query searches. */
  static final Map<String, Float> QUOTE_FIELDS = Map.of(QUOTE_TEXT, 1.0f);

  /** For each searched field, the name that asks for its words as written, for quoted phrases. */
  static final Map<String, String> EXACT_FIELDS =
      Map.of(HEADLINE, HEADLINE_EXACT, PARAGRAPHS, PARAGRAPHS_EXACT, QUOTE_TEXT, QUOTE_TEXT_EXACT);

  /** The text field each exact name asks for. */
  private static final Map<String, String> TEXT_FIELDS_OF_EXACT =
      Map.of(HEADLINE_EXACT, HEADLINE, PARAGRAPHS_EXACT, PARAGRAPHS, QUOTE_TEXT_EXACT, QUOTE_TEXT);

  /**
   * Text fields: stored, and indexed with positions for phrases; no offsets, since the highlighter
   * reads the hit's stored text again ({@link HitHighlighter}), which costs less than a seventh of
   * the index for every article.
   */
  private static final FieldType TEXT = textType();

  private static final Analyzer QUERY_ANALYZER = buildQueryAnalyzer();

  private static final Analyzer INDEX_ANALYZER = buildIndexAnalyzer();

  private static final Set<String> HIT_FIELDS = Set.of(ID, HEADLINE, DATE, SOURCE, SPEAKERS);

  private static final Set<String> HIGHLIGHTED_HIT_FIELDS =
      Set.of(ID, HEADLINE, DATE, SOURCE, SPEAKERS, PARAGRAPHS);

  private static final Set<String> QUOTE_HIT_FIELDS =
      Set.of(ARTICLE_ID, QUOTE_HEADLINE, DATE, QUOTE_SPEAKER, QUOTE_TEXT);

  private static final FacetsConfig FACETS = buildFacetsConfig();

  private Schema() {}

  /**
   * The analyzer that parses queries: stemmed English for the text fields, the words as written for
   * their {@code .exact} names. {@link WordForms#toIndexTerms} maps its terms onto the index.
   */
  static Analyzer queryAnalyzer() {
    return QUERY_ANALYZER;
  }

  /** The analyzer that indexes documents: each text field's words written and stemmed. */
  static Analyzer indexAnalyzer() {
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

  /** The facet dimensions and how they are indexed. */
  static FacetsConfig facetsConfig() {
    return FACETS;
  }

  /** The term every document of an article's block carries. */
  static Term blockTerm(String articleId) {
    return new Term(ARTICLE_ID, articleId);
  }

  /** Matches documents dated between two days, inclusive; either may be {@code null}. */
  static Query dateRange(LocalDate from, LocalDate to) {
    return LongField.newRangeQuery(
        DATE,
        from == null ? Long.MIN_VALUE : from.toEpochDay(),
        to == null ? Long.MAX_VALUE : to.toEpochDay());
  }

  /** Matches the documents of one kind. */
  static Query kind(String kind) {
    return new TermQuery(new Term(KIND, kind));
  }

  /**
   * The block of documents that indexes and stores an article: the article, then its quotes.
   *
   * @param contentHash the hash of the input the article was made from, or {@code null} when it
   *     is not known (the next run then rewrites the article)
   */
  static List<Document> documents(Article article, String contentHash) throws IOException {
    List<Document> block = new ArrayList<>(1 + article.quotes().size());
    block.add(articleDocument(article, contentHash));
    for (Quote quote : article.quotes()) {
      block.add(quoteDocument(article, quote));
    }
    return block;
  }

  /** The article stored in its block's article document and quote documents. */
  static Article article(Document articleDoc, List<Document> quoteDocs) {
    List<Quote> quotes = new ArrayList<>(quoteDocs.size());
    for (Document quote : quoteDocs) {
      quotes.add(
          new Quote(
              quote.get(QUOTE_TEXT),
              quote.get(QUOTE_SPEAKER),
              quote.getField(QUOTE_PARAGRAPH).numericValue().intValue()));
    }
    return new Article(
        articleDoc.get(ID),
        articleDoc.get(HEADLINE),
        date(articleDoc),
        articleDoc.get(DATE_TEXT),
        articleDoc.get(SOURCE),
        List.of(articleDoc.getValues(PARAGRAPHS)),
        List.of(articleDoc.getValues(SPEAKERS)),
        quotes);
  }

  /** The stored date of a document, or {@code null} when the article has none. */
  static LocalDate date(Document doc) {
    IndexableField date = doc.getField(DATE);
    return date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue());
  }

  /** Stored fields that an article hit needs: everything but the body. */
  static Set<String> hitFields() {
    return HIT_FIELDS;
  }

  /** Stored fields that an article hit with highlights needs: the body too. */
  static Set<String> highlightedHitFields() {
    return HIGHLIGHTED_HIT_FIELDS;
  }

  /** Stored fields that a quote hit needs. */
  static Set<String> quoteHitFields() {
    return QUOTE_HIT_FIELDS;
  }

  private static Document articleDocument(Article article, String contentHash)
      throws IOException {
    Document doc = new Document();
    doc.add(new StringField(KIND, ARTICLE, Field.Store.NO));
    doc.add(new StringField(ARTICLE_ID, article.id(), Field.Store.NO));
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new Field(HEADLINE, article.headline(), TEXT));
    for (String paragraph : article.paragraphs()) {
      doc.add(new Field(PARAGRAPHS, paragraph, TEXT));
    }
    for (String speaker : article.speakers()) {
      doc.add(new StringField(SPEAKERS, speaker, Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(SPEAKERS_FACET, speaker));
    }
    if (article.source() != null) {
      doc.add(new StoredField(SOURCE, article.source()));
      doc.add(new SortedSetDocValuesFacetField(SOURCE_FACET, article.source()));
    }
    if (article.date() != null) {
      doc.add(new LongField(DATE, article.date().toEpochDay(), Field.Store.YES));
      doc.add(
          new SortedSetDocValuesFacetField(YEAR_FACET, String.valueOf(article.date().getYear())));
    }
    if (article.dateText() != null) {
      doc.add(new StoredField(DATE_TEXT, article.dateText()));
    }
    if (contentHash != null) {
      doc.add(new StoredField(CONTENT_HASH, contentHash));
      doc.add(new BinaryDocValuesField(CONTENT_HASH, new BytesRef(contentHash)));
    }
    return FACETS.build(doc);
  }

  /**
   * A document holding only a quote's words, indexed as in its quote document: enough to highlight
   * a quote found elsewhere (in an OpenSearch index) exactly as a local one.
   */
  static Document quoteText(String text) {
    Document doc = new Document();
    doc.add(new Field(QUOTE_TEXT, text, TEXT));
    return doc;
  }

  private static Document quoteDocument(Article article, Quote quote) {
    Document doc = quoteText(quote.text());
    doc.add(new StringField(KIND, QUOTE, Field.Store.NO));
    doc.add(new StringField(ARTICLE_ID, article.id(), Field.Store.YES));
    if (quote.speaker() != null) {
      doc.add(new StringField(QUOTE_SPEAKER, quote.speaker(), Field.Store.YES));
    }
    doc.add(new StoredField(QUOTE_PARAGRAPH, quote.paragraph()));
    doc.add(new StoredField(QUOTE_HEADLINE, article.headline()));
    if (article.date() != null) {
      doc.add(new LongField(DATE, article.date().toEpochDay(), Field.Store.YES));
    }
    return doc;
  }

  private static FieldType textType() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.freeze();
    return type;
  }

  private static FacetsConfig buildFacetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(SPEAKERS_FACET, true);
    return config;
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
   * Words as a phrase matches them: lower-cased and folded to ASCII (so "cafe" finds "café"), stop
   * words kept ("the White House").
   */
  private static final class WrittenEnglish extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer words = new StandardTokenizer();
      return new TokenStreamComponents(words, new ASCIIFoldingFilter(new LowerCaseFilter(words)));
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

  /**
   * Words as keywords match them: written, then possessives dropped ("Washington’s" is
   * "washington"), English stop words removed, and every inflection of a word joined to one stem by
   * {@link EnglishStems} and KStem ({@code games} and {@code game}, {@code running} and {@code run},
   * {@code restrictions} and {@code restrict}), while words that only look alike stay apart ({@code
   * news} and {@code new}).
   */
  private static final class StemmedEnglish extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer words = new StandardTokenizer();
      TokenStream written = new ASCIIFoldingFilter(new LowerCaseFilter(words));
      return new TokenStreamComponents(words, stemmed(written));
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

  /**
   * A text field as the local index holds it ({@link WordForms}): each word as {@link
   * WrittenEnglish} has it, and at the same position, when it differs, its stem as {@link
   * StemmedEnglish} has it, marked.
   */
  private static final class WrittenAndStemmedEnglish extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer words = new StandardTokenizer();
      TokenStream written = new KeywordRepeatFilter(new ASCIIFoldingFilter(new LowerCaseFilter(words)));
      TokenStream both =
          new ConditionalTokenFilter(written, Schema::stemmed) {
            private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

            @Override
            protected boolean shouldFilter() {
              return !keyword.isKeyword();
            }
          };
      return new TokenStreamComponents(words, new WordForms.MarkStemsFilter(both));
    }

    @Override
    public int getPositionIncrementGap(String field) {
      return POSITION_GAP;
    }
  }

  /** Written words to stems: possessives dropped, stop words removed, inflections joined. */
  private static TokenStream stemmed(TokenStream written) {
    TokenStream stream = new EnglishPossessiveFilter(written);
    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    stream = new StemmerOverrideFilter(stream, EnglishStems.map());
    return new KStemFilter(stream);
  }
}
