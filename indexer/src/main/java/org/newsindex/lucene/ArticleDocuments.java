package org.newsindex.lucene;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
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
import org.apache.lucene.util.NumericUtils;
import org.newsindex.Article;
import org.newsindex.Quote;
import org.newsindex.search.Schema;
import org.newsindex.search.SpeakerNames;
import org.newsindex.search.StorySketch;

/**
 * An article as the local index holds it, by the names and analysis of {@link Schema}: a block of
 * documents written and replaced together, one article document and one document per quotation,
 * so that quotes are searchable units of their own; how each is written, read back and found, the
 * facets, and the layout version each commit records.
 */
final class ArticleDocuments {

  /**
   * Text fields: stored, and indexed with positions for phrases; no offsets, which would be a
   * fifth of the index: the highlighter finds a hit's matches by position ({@code IndexedMatches}).
   */
  private static final FieldType TEXT = textType(true);

  private static final FieldType TEXT_UNSTORED = textType(false);

  private static final Set<String> HIT_FIELDS =
      Set.of(Schema.ID, Schema.HEADLINE, Schema.DATE, Schema.SOURCE, Schema.SPEAKERS);

  private static final Set<String> HIGHLIGHTED_HIT_FIELDS =
      Set.of(
          Schema.ID,
          Schema.HEADLINE,
          Schema.DATE,
          Schema.SOURCE,
          Schema.SPEAKERS,
          Schema.PARAGRAPHS,
          Schema.PARAGRAPH_WORDS);

  private static final Set<String> QUOTED_ARTICLE_FIELDS =
      Set.of(
          Schema.ID,
          Schema.HEADLINE,
          Schema.DATE,
          Schema.PARAGRAPHS,
          Schema.SPEAKERS,
          Schema.QUOTES);

  private static final FacetsConfig FACETS = buildFacetsConfig();

  /** The searched fields that only documents of each kind carry. */
  private static final Map<String, Set<String>> FIELDS_OF_KIND =
      Map.of(
          Schema.ARTICLE, Schema.ARTICLE_FIELDS.keySet(),
          Schema.QUOTE, Set.of(Schema.QUOTE_TEXT, Schema.QUOTE_SPEAKER));

  private ArticleDocuments() {}

  /** The facet dimensions and how they are indexed. */
  static FacetsConfig facetsConfig() {
    return FACETS;
  }

  /** The sorted-set doc values field that holds every facet value of every dimension. */
  static String facetValuesField() {
    return FACETS.getDimConfig(Schema.SPEAKERS_FACET).indexFieldName;
  }

  /**
   * The bytes that begin every drill-down term of the speakers facet, the index's one list of its
   * speakers: each such term is these bytes and a name ({@link #facetValueOf}).
   */
  static BytesRef speakerTermPrefix() {
    return new BytesRef(FacetsConfig.pathToString(Schema.SPEAKERS_FACET) + FacetsConfig.DELIM_CHAR);
  }

  /**
   * The value a facet's term names, the last part of its path: the speaker of a drill-down term of
   * the speakers facet, the label of a value in the facets' doc values.
   */
  static String facetValueOf(BytesRef facetTerm) {
    String[] path = FacetsConfig.stringToPath(facetTerm.utf8ToString());
    return path[path.length - 1];
  }

  /** True when the last commit of the index in {@code directory} has this version's layout. */
  static boolean hasCurrentLayout(Directory directory) throws IOException {
    return String.valueOf(Schema.VERSION).equals(layoutOf(directory));
  }

  /** The layout version the index's last commit records, or "none". */
  static String layoutOf(Directory directory) throws IOException {
    return SegmentInfos.readLatestCommit(directory)
        .getUserData()
        .getOrDefault(Schema.VERSION_KEY, "none");
  }

  /** The term every document of an article's block carries. */
  static Term blockTerm(String articleId) {
    return new Term(Schema.ARTICLE_ID, articleId);
  }

  /** Matches documents dated between two days, inclusive; either may be {@code null}. */
  static Query dateRange(LocalDate from, LocalDate to) {
    return LongField.newRangeQuery(
        Schema.DATE,
        from == null ? Long.MIN_VALUE : from.toEpochDay(),
        to == null ? Long.MAX_VALUE : to.toEpochDay());
  }

  /** Matches the documents of one kind. */
  static Query kind(String kind) {
    return new TermQuery(new Term(Schema.KIND, kind));
  }

  /**
   * The documents of one kind that {@code query} matches. A query that can match only through
   * fields the kind alone carries (only articles have a headline and paragraphs, only quotes a
   * quote's text) is returned as it is: a filter on the kind's term, which lists nearly every
   * document of the index, would only cost time.
   */
  static Query ofKind(String kind, Query query) {
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
   * @param story       the article's story key ({@link org.newsindex.search.StoryKeys})
   * @param sketch      the article's {@link StorySketch}, whose bands and number summary later
   *     articles look up
   */
  static List<Document> documents(
      Article article, String contentHash, long story, StorySketch sketch) throws IOException {
    List<Document> block = new ArrayList<>(1 + article.quotes().size());
    Document articleDoc = articleDocument(article, contentHash);
    withStory(articleDoc, story);
    for (int band : sketch.bands()) {
      articleDoc.add(new IntPoint(Schema.STORY_BANDS, band));
    }
    articleDoc.add(new NumericDocValuesField(Schema.STORY_NUMBERS, sketch.numberSummary()));
    block.add(FACETS.build(articleDoc));
    for (int number = 0; number < article.quotes().size(); number++) {
      Document quoteDoc = quoteDocument(article, number);
      long quoteKey = StorySketch.quoteKey(story, article.quotes().get(number).text());
      quoteDoc.add(new NumericDocValuesField(Schema.QUOTE_STORY, quoteKey));
      block.add(quoteDoc);
    }
    return block;
  }

  /** The block of an article as the only article of its story, for tests and benchmarks. */
  static List<Document> documents(Article article, String contentHash) throws IOException {
    StorySketch sketch = StorySketch.of(article.headline(), article.paragraphs());
    return documents(article, contentHash, sketch.newStoryKey(), sketch);
  }

  /** Matches the articles of one story. */
  static Query story(long story) {
    return new TermQuery(new Term(Schema.STORY, storyTerm(story)));
  }

  /**
   * Gives an article its story: doc values to collapse on, and the key's eight bytes as a term, so
   * that a story's few articles are counted and found from the terms alone (a point would visit a
   * whole leaf block of the tree for each).
   */
  private static void withStory(Document doc, long story) {
    doc.add(new NumericDocValuesField(Schema.STORY, story));
    doc.add(new StringField(Schema.STORY, storyTerm(story), Field.Store.NO));
  }

  /** The term of a story key: its eight bytes. */
  static BytesRef storyTerm(long key) {
    byte[] bytes = new byte[Long.BYTES];
    NumericUtils.longToSortableBytes(key, bytes, 0);
    return new BytesRef(bytes);
  }

  /** The article its article document stores, quotes included. */
  static Article article(Document articleDoc) throws IOException {
    return new Article(
        articleDoc.get(Schema.ID),
        articleDoc.get(Schema.HEADLINE),
        date(articleDoc),
        articleDoc.get(Schema.DATE_TEXT),
        articleDoc.get(Schema.SOURCE),
        List.of(articleDoc.getValues(Schema.PARAGRAPHS)),
        List.of(articleDoc.getValues(Schema.SPEAKERS)),
        quotes(articleDoc));
  }

  /** The quotes an article document stores, in order: a quote's number is its place here. */
  static List<Quote> quotes(Document articleDoc) throws IOException {
    return StoredQuotes.decode(
        articleDoc.getBinaryValue(Schema.QUOTES),
        List.of(articleDoc.getValues(Schema.PARAGRAPHS)),
        List.of(articleDoc.getValues(Schema.SPEAKERS)));
  }

  /** The stored date of a document, or {@code null} when the article has none. */
  static LocalDate date(Document doc) {
    IndexableField date = doc.getField(Schema.DATE);
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

  /** Stored fields of an article document that its quote hits need: its quotes among them. */
  static Set<String> quotedArticleFields() {
    return QUOTED_ARTICLE_FIELDS;
  }

  /** A quote document's number among its article's quotes ({@link #quotes}). */
  static int quoteNumber(IndexReader reader, int quoteDocId) throws IOException {
    return Math.toIntExact(StoryHits.keyOf(reader, quoteDocId, Schema.QUOTE_NUMBER));
  }

  /**
   * The document of a quote's article: a block is written article first, then its quotes in
   * order, so the article's is the quote's number, and one more, before the quote's.
   */
  static int articleDocOfQuote(int quoteDocId, int quoteNumber) {
    return quoteDocId - quoteNumber - 1;
  }

  private static Document articleDocument(Article article, String contentHash)
      throws IOException {
    Document doc = new Document();
    doc.add(new StringField(Schema.KIND, Schema.ARTICLE, Field.Store.NO));
    doc.add(new StringField(Schema.ARTICLE_ID, article.id(), Field.Store.NO));
    doc.add(new StringField(Schema.ID, article.id(), Field.Store.YES));
    doc.add(new Field(Schema.HEADLINE, article.headline(), TEXT));
    for (String paragraph : article.paragraphs()) {
      doc.add(new Field(Schema.PARAGRAPHS, paragraph, TEXT));
    }
    BytesRef paragraphWords = ParagraphWords.encode(article.paragraphs());
    if (paragraphWords != null) {
      doc.add(new StoredField(Schema.PARAGRAPH_WORDS, paragraphWords));
    }
    for (String speaker : article.speakers()) {
      doc.add(new StoredField(Schema.SPEAKERS, speaker));
      doc.add(new SortedSetDocValuesFacetField(Schema.SPEAKERS_FACET, speaker));
      doc.add(new StringField(Schema.SPEAKERS_KEY, SpeakerNames.key(speaker), Field.Store.NO));
    }
    if (article.source() != null) {
      doc.add(new StoredField(Schema.SOURCE, article.source()));
      doc.add(new SortedSetDocValuesFacetField(Schema.SOURCE_FACET, article.source()));
    }
    if (article.date() != null) {
      doc.add(new LongField(Schema.DATE, article.date().toEpochDay(), Field.Store.YES));
      doc.add(
          new SortedSetDocValuesFacetField(
              Schema.YEAR_FACET, String.valueOf(article.date().getYear())));
    }
    if (article.dateText() != null) {
      doc.add(new StoredField(Schema.DATE_TEXT, article.dateText()));
    }
    if (contentHash != null) {
      doc.add(new BinaryDocValuesField(Schema.CONTENT_HASH, IndexedHashes.stored(contentHash)));
    }
    BytesRef quotes = StoredQuotes.encode(article);
    if (quotes != null) {
      doc.add(new StoredField(Schema.QUOTES, quotes));
    }
    withEmptyText(doc, Schema.QUOTE_TEXT);
    return doc;
  }

  /**
   * A quote's document: its words indexed, its speaker and date to filter and sort on, its number
   * to find its article; nothing stored, since its article stores its quotes ({@link
   * StoredQuotes}).
   */
  private static Document quoteDocument(Article article, int number) {
    Quote quote = article.quotes().get(number);
    Document doc = new Document();
    doc.add(new Field(Schema.QUOTE_TEXT, quote.text(), TEXT_UNSTORED));
    doc.add(new StringField(Schema.KIND, Schema.QUOTE, Field.Store.NO));
    doc.add(new StringField(Schema.ARTICLE_ID, article.id(), Field.Store.NO));
    if (quote.speaker() != null) {
      doc.add(new StringField(Schema.QUOTE_SPEAKER, quote.speaker(), Field.Store.NO));
      doc.add(
          new StringField(Schema.QUOTE_SPEAKER_KEY, SpeakerNames.key(quote.speaker()), Field.Store.NO));
    }
    doc.add(new NumericDocValuesField(Schema.QUOTE_NUMBER, number));
    if (article.date() != null) {
      doc.add(new LongField(Schema.DATE, article.date().toEpochDay(), Field.Store.NO));
    }
    withEmptyText(doc, Schema.HEADLINE, Schema.PARAGRAPHS);
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
    config.setMultiValued(Schema.SPEAKERS_FACET, true);
    return config;
  }
}
