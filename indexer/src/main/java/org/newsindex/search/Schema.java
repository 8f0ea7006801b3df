package org.newsindex.search;

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
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
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
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.newsindex.Article;
import org.newsindex.Quote;

/**
 * The index layout: every field name, how each field is indexed and why, the analyzers, the facet
 * dimensions, and the mapping between an {@link Article} and its Lucene documents. Nothing else
 * names a field.
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

  /** Canonical speaker names, stored for display; their terms list the index's speakers. */
  public static final String SPEAKERS = "speakers";

  /** Publication name, stored for display. */
  public static final String SOURCE = "source";

  /**
   * Publication date as epoch day, on articles and their quotes: a point for ranges, doc values for
   * sorting, stored for display.
   */
  public static final String DATE = "date";

  /** The date as the article wrote it; only shown, never searched. */
  public static final String DATE_TEXT = "date_text";

  /** Words of a quote, like {@link #HEADLINE}: written and stemmed, stored. */
  public static final String QUOTE_TEXT = "quote.text";

  /** How queries ask for a quote's words as written; see {@link #HEADLINE_EXACT}. */
  static final String QUOTE_TEXT_EXACT = "quote.text.exact";

  /** Who said a quote: exact keyword to filter on, stored; absent when not a named person. */
  public static final String QUOTE_SPEAKER = "quote.speaker";

  /** The paragraph a quote starts in; stored. */
  public static final String QUOTE_PARAGRAPH = "quote.paragraph";

  /**
   * The quote's place among its article's quotes, from 0; stored. A block's documents stay together
   * and in order, so the article's document is this many documents, and one more, before the
   * quote's: a quote hit reads its article's headline, date and text from there, not from copies.
   */
  static final String QUOTE_NUMBER = "quote.number";

  /**
   * Where the quote's text is in its paragraph: its first and last character, stored as two
   * numbers. A quote that runs over several paragraphs stores its text ({@link #QUOTE_TEXT}).
   */
  static final String QUOTE_SPAN = "quote.span";

  /** The quote's article headline: a field of the OpenSearch index's quotes only. */
  public static final String QUOTE_HEADLINE = "quote.headline";

  /**
   * What the article was made from, as {@link ContentHash} computes it, on the article document
   * only: binary doc values, so that a run loads every article's hash without reading stored
   * documents; never stored. A re-run skips an article whose input still has this hash.
   */
  public static final String CONTENT_HASH = "content_hash";

  /**
   * The version of this layout: raise it whenever a change here would write an article's documents
   * differently, so that content hashes change and the next run rewrites every article. Lucene
   * refuses to mix some changes (a field's index options) in one index, so a writer opening an index
   * of another version rebuilds it from scratch. Version 2: exact fields without offsets. Version 3:
   * every quote field under {@code quote.}, so that OpenSearch maps the same names as one object.
   * Version 4: inflections and nouns in {@code -ion} joined by {@link EnglishStems}. Version 5: each
   * text field holds its written words and their marked stems ({@link WordForms}), no exact twins;
   * quotes store where their text is instead of a copy, and content hashes are not stored.
   * Version 6: stored text compressed by zstd ({@code BlockZstd}) instead of LZ4. Version 7: zstd
   * blocks of 8 KiB instead of 16; every document has every text field, empty where it has none.
   */
  public static final int VERSION = 7;

  /** The key of {@link #VERSION} in each commit's user data. */
  public static final String VERSION_KEY = "newsindex.schema.version";

  /** Facet dimension: people quoted in an article, counted and drilled into. */
  public static final String SPEAKERS_FACET = "speakers";

  /** Facet dimension: the publication. */
  public static final String SOURCE_FACET = "source";

  /** Facet dimension: the year of publication, for articles with a date. */
  public static final String YEAR_FACET = "year";

  /** Positions between two values of one field: far beyond any phrase slop a user would type. */
  public static final int POSITION_GAP = 100;

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

  /**
   * Text fields: stored, and indexed with positions for phrases; no offsets, which would be a
   * fifth of the index: the highlighter finds a hit's matches by position ({@code IndexedMatches}).
   */
  private static final FieldType TEXT = textType(true);

  private static final FieldType TEXT_UNSTORED = textType(false);

  private static final Analyzer QUERY_ANALYZER = buildQueryAnalyzer();

  private static final Analyzer INDEX_ANALYZER = buildIndexAnalyzer();

  private static final Set<String> HIT_FIELDS = Set.of(ID, HEADLINE, DATE, SOURCE, SPEAKERS);

  private static final Set<String> HIGHLIGHTED_HIT_FIELDS =
      Set.of(ID, HEADLINE, DATE, SOURCE, SPEAKERS, PARAGRAPHS);

  private static final Set<String> QUOTE_FIELDS_STORED =
      Set.of(QUOTE_NUMBER, QUOTE_PARAGRAPH, QUOTE_SPAN, QUOTE_TEXT, QUOTE_SPEAKER);

  private static final Set<String> QUOTED_ARTICLE_FIELDS = Set.of(ID, HEADLINE, DATE, PARAGRAPHS);

  private static final FacetsConfig FACETS = buildFacetsConfig();

  /** The searched fields that only documents of each kind carry. */
  private static final Map<String, Set<String>> FIELDS_OF_KIND =
      Map.of(
          ARTICLE, ARTICLE_FIELDS.keySet(),
          QUOTE, Set.of(QUOTE_TEXT, QUOTE_SPEAKER));

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

  /** The facet dimensions and how they are indexed. */
  public static FacetsConfig facetsConfig() {
    return FACETS;
  }

  /** The sorted-set doc values field that holds every facet value of every dimension. */
  public static String facetValuesField() {
    return FACETS.getDimConfig(SPEAKERS_FACET).indexFieldName;
  }

  /** True when the last commit of the index in {@code directory} has this version's layout. */
  public static boolean hasCurrentLayout(Directory directory) throws IOException {
    return String.valueOf(VERSION).equals(layoutOf(directory));
  }

  /** The layout version the index's last commit records, or "none". */
  public static String layoutOf(Directory directory) throws IOException {
    return SegmentInfos.readLatestCommit(directory).getUserData().getOrDefault(VERSION_KEY, "none");
  }

  /** The term every document of an article's block carries. */
  public static Term blockTerm(String articleId) {
    return new Term(ARTICLE_ID, articleId);
  }

  /** Matches documents dated between two days, inclusive; either may be {@code null}. */
  public static Query dateRange(LocalDate from, LocalDate to) {
    return LongField.newRangeQuery(
        DATE,
        from == null ? Long.MIN_VALUE : from.toEpochDay(),
        to == null ? Long.MAX_VALUE : to.toEpochDay());
  }

  /** Matches the documents of one kind. */
  public static Query kind(String kind) {
    return new TermQuery(new Term(KIND, kind));
  }

  /**
   * The documents of one kind that {@code query} matches. A query that can match only through
   * fields the kind alone carries (only articles have a headline and paragraphs, only quotes a
   * quote's text) is returned as it is: a filter on the kind's term, which lists nearly every
   * document of the index, would only cost time.
   */
  public static Query ofKind(String kind, Query query) {
    if (matchesOnlyThrough(query, FIELDS_OF_KIND.get(kind))) {
      return query;
    }
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(kind(kind), BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * Whether every document {@code query} matches carries one of {@code fields}: some required
   * clause, or every optional clause that one must match, matches only through them. Queries of
   * unknown structure may match anything.
   */
  private static boolean matchesOnlyThrough(Query query, Set<String> fields) {
    return switch (query) {
      case BooleanQuery bool -> {
        List<Query> required = new ArrayList<>();
        List<Query> optional = new ArrayList<>();
        for (BooleanClause clause : bool.clauses()) {
          switch (clause.occur()) {
            case MUST, FILTER -> required.add(clause.query());
            case SHOULD -> optional.add(clause.query());
            case MUST_NOT -> {}
          }
        }
        boolean oneOptionalMustMatch =
            !optional.isEmpty() && (required.isEmpty() || bool.getMinimumNumberShouldMatch() > 0);
        yield required.stream().anyMatch(clause -> matchesOnlyThrough(clause, fields))
            || oneOptionalMustMatch
                && optional.stream().allMatch(clause -> matchesOnlyThrough(clause, fields));
      }
      case BoostQuery boost -> matchesOnlyThrough(boost.getQuery(), fields);
      case TermQuery term -> fields.contains(term.getTerm().field());
      case SynonymQuery synonyms -> fields.contains(synonyms.getField());
      case PhraseQuery phrase -> phrase.getTerms().length > 0 && fields.contains(phrase.getField());
      case MultiTermQuery terms -> fields.contains(terms.getField());
      case MatchNoDocsQuery nothing -> true;
      default -> false;
    };
  }

  /**
   * The block of documents that indexes and stores an article: the article, then its quotes.
   *
   * @param contentHash the hash of the input the article was made from, or {@code null} when it
   *     is not known (the next run then rewrites the article)
   */
  public static List<Document> documents(Article article, String contentHash) throws IOException {
    List<Document> block = new ArrayList<>(1 + article.quotes().size());
    block.add(articleDocument(article, contentHash));
    for (int number = 0; number < article.quotes().size(); number++) {
      block.add(quoteDocument(article, number));
    }
    return block;
  }

  /** The article stored in its block's article document and quote documents. */
  public static Article article(Document articleDoc, List<Document> quoteDocs) {
    List<String> paragraphs = List.of(articleDoc.getValues(PARAGRAPHS));
    List<Quote> quotes = new ArrayList<>(quoteDocs.size());
    for (Document quote : quoteDocs) {
      quotes.add(quote(quote, paragraphs));
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
  public static LocalDate date(Document doc) {
    IndexableField date = doc.getField(DATE);
    return date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue());
  }

  /** Stored fields that an article hit needs: everything but the body. */
  public static Set<String> hitFields() {
    return HIT_FIELDS;
  }

  /** Stored fields that an article hit with highlights needs: the body too. */
  public static Set<String> highlightedHitFields() {
    return HIGHLIGHTED_HIT_FIELDS;
  }

  /** Stored fields of a quote document, all of them. */
  public static Set<String> quoteFields() {
    return QUOTE_FIELDS_STORED;
  }

  /** Stored fields of an article document that its quote hits need. */
  public static Set<String> quotedArticleFields() {
    return QUOTED_ARTICLE_FIELDS;
  }

  /** The quote a quote document stores, its text taken from its article's paragraphs. */
  public static Quote quote(Document quoteDoc, List<String> paragraphs) {
    int paragraph = quoteDoc.getField(QUOTE_PARAGRAPH).numericValue().intValue();
    String text = quoteDoc.get(QUOTE_TEXT);
    if (text == null) {
      IndexableField[] span = quoteDoc.getFields(QUOTE_SPAN);
      text =
          paragraphs.get(paragraph)
              .substring(span[0].numericValue().intValue(), span[1].numericValue().intValue());
    }
    return new Quote(text, quoteDoc.get(QUOTE_SPEAKER), paragraph);
  }

  /** The document id of a quote's article: before the quote's, by one more than its number. */
  public static int articleDocOfQuote(int quoteDocId, Document quoteDoc) {
    return quoteDocId - quoteDoc.getField(QUOTE_NUMBER).numericValue().intValue() - 1;
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
      doc.add(new BinaryDocValuesField(CONTENT_HASH, new BytesRef(contentHash)));
    }
    withEmptyText(doc, QUOTE_TEXT);
    return FACETS.build(doc);
  }

  /**
   * A quote's document: its words indexed, its speaker and date to filter and sort on; its text
   * stored only as where it stands in its paragraph, and everything else read from its article.
   */
  private static Document quoteDocument(Article article, int number) {
    Quote quote = article.quotes().get(number);
    Document doc = new Document();
    doc.add(new Field(QUOTE_TEXT, quote.text(), TEXT_UNSTORED));
    doc.add(new StringField(KIND, QUOTE, Field.Store.NO));
    doc.add(new StringField(ARTICLE_ID, article.id(), Field.Store.NO));
    if (quote.speaker() != null) {
      doc.add(new StringField(QUOTE_SPEAKER, quote.speaker(), Field.Store.YES));
    }
    doc.add(new StoredField(QUOTE_NUMBER, number));
    doc.add(new StoredField(QUOTE_PARAGRAPH, quote.paragraph()));
    int start =
        quote.paragraph() < article.paragraphs().size()
            ? article.paragraphs().get(quote.paragraph()).indexOf(quote.text())
            : -1;
    if (start >= 0) {
      doc.add(new StoredField(QUOTE_SPAN, start));
      doc.add(new StoredField(QUOTE_SPAN, start + quote.text().length()));
    } else {
      doc.add(new StoredField(QUOTE_TEXT, quote.text()));
    }
    if (article.date() != null) {
      doc.add(new LongField(DATE, article.date().toEpochDay(), Field.Store.NO));
    }
    withEmptyText(doc, HEADLINE, PARAGRAPHS);
    return doc;
  }

  /**
   * Gives a document the other kind's text fields, empty. A field that only some documents have
   * keeps its norms sparse, and scoring then looks each hit's norm up through an index of the
   * documents that have one (a twentieth of a common word's search); a field that every document
   * has keeps them dense, read by position. An empty field adds no term, no hit and no statistic.
   */
  private static void withEmptyText(Document doc, String... fields) {
    for (String field : fields) {
      doc.add(new Field(field, "", TEXT_UNSTORED));
    }
  }

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
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
   * The words of a text as every analyzer here reads them: split by {@link StandardTokenizer},
   * lower-cased and folded to ASCII (so "cafe" finds "café"); a subclass says which forms of each
   * written word it keeps. Values of a multi-valued field stand {@link #POSITION_GAP} apart.
   */
  private abstract static class EnglishWords extends Analyzer {

    /** The forms kept of the written words. */
    abstract TokenStream forms(TokenStream written);

    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer words = new StandardTokenizer();
      return new TokenStreamComponents(
          words, forms(new ASCIIFoldingFilter(new LowerCaseFilter(words))));
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
   * Words as keywords match them: written, then possessives dropped ("Washington’s" is
   * "washington"), English stop words removed, and every inflection of a word joined to one stem by
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

  /** Written words to stems: possessives dropped, stop words removed, inflections joined. */
  private static TokenStream stemmed(TokenStream written) {
    TokenStream stream = new EnglishPossessiveFilter(written);
    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    stream = new StemmerOverrideFilter(stream, EnglishStems.map());
    return new KStemFilter(stream);
  }
}
