package org.newsindex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.KStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * The index layout: every field name, how each field is indexed and why, the analyzers, and the
 * mapping between an {@link Article} and a Lucene document. Nothing else names a field.
 */
final class Schema {

  /** Article id; exact keyword so that re-indexing replaces by id, with doc values to sort ties. */
  static final String ID = "id";

  /** Headline, stemmed English for keywords; stored and with offsets for the highlighter. */
  static final String HEADLINE = "headline";

  /** Headline, unstemmed, for quoted phrases; not stored: it highlights through {@link #HEADLINE}. */
  static final String HEADLINE_EXACT = "headline.exact";

  /**
   * Body, one value per paragraph, stemmed English. The analyzers' position gap keeps a phrase from
   * matching across two paragraphs; stored with offsets for snippets.
   */
  static final String PARAGRAPHS = "paragraphs";

  /** Body, unstemmed, for quoted phrases; highlights through {@link #PARAGRAPHS}. */
  static final String PARAGRAPHS_EXACT = "paragraphs.exact";

  /** Canonical speaker names: exact keywords to filter on, doc values to count facets. */
  static final String SPEAKERS = "speakers";

  /** Publication name: exact keyword to filter on, doc values for facets. */
  static final String SOURCE = "source";

  /** Publication date as epoch day: a point for ranges, doc values for sorting, stored. */
  static final String DATE = "date";

  /** The date as the article wrote it; only shown, never searched. */
  static final String DATE_TEXT = "date_text";

  /** Positions between two values of one field: far beyond any phrase slop a user would type. */
  static final int POSITION_GAP = 100;

  /** The fields a query searches, with the weight of a match in each: the headline says more. */
  static final Map<String, Float> SEARCHED_FIELDS = Map.of(HEADLINE, 2.0f, PARAGRAPHS, 1.0f);

  /** For each searched field, its unstemmed twin that answers quoted phrases. */
  static final Map<String, String> EXACT_FIELDS =
      Map.of(HEADLINE, HEADLINE_EXACT, PARAGRAPHS, PARAGRAPHS_EXACT);

  /** Text fields: tokens with positions and offsets, so the highlighter reads postings. */
  private static final FieldType TEXT_STORED = textType(true);

  private static final FieldType TEXT_UNSTORED = textType(false);

  private static final Analyzer ANALYZER = buildAnalyzer();

  private Schema() {}

  /**
   * The analyzer for every field: stemmed English by default, unstemmed for the exact fields. The
   * same instance indexes, parses queries and highlights, so all three see the same tokens.
   */
  static Analyzer analyzer() {
    return ANALYZER;
  }

  /** The term that identifies an article's document. */
  static Term idTerm(String id) {
    return new Term(ID, id);
  }

  /** The Lucene document that indexes and stores an article. */
  static Document document(Article article) {
    Document doc = new Document();
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(article.id())));
    doc.add(new Field(HEADLINE, article.headline(), TEXT_STORED));
    doc.add(new Field(HEADLINE_EXACT, article.headline(), TEXT_UNSTORED));
    for (String paragraph : article.paragraphs()) {
      doc.add(new Field(PARAGRAPHS, paragraph, TEXT_STORED));
      doc.add(new Field(PARAGRAPHS_EXACT, paragraph, TEXT_UNSTORED));
    }
    for (String speaker : article.speakers()) {
      addKeyword(doc, SPEAKERS, speaker);
    }
    if (article.source() != null) {
      addKeyword(doc, SOURCE, article.source());
    }
    if (article.date() != null) {
      doc.add(new LongField(DATE, article.date().toEpochDay(), Field.Store.YES));
    }
    if (article.dateText() != null) {
      doc.add(new StoredField(DATE_TEXT, article.dateText()));
    }
    return doc;
  }

  /** The article stored in a document read back from the index. */
  static Article article(Document doc) {
    return new Article(
        doc.get(ID),
        doc.get(HEADLINE),
        date(doc),
        doc.get(DATE_TEXT),
        doc.get(SOURCE),
        List.of(doc.getValues(PARAGRAPHS)),
        List.of(doc.getValues(SPEAKERS)));
  }

  /** The stored date of a document, or {@code null} when the article has none. */
  static LocalDate date(Document doc) {
    IndexableField date = doc.getField(DATE);
    return date == null ? null : LocalDate.ofEpochDay(date.numericValue().longValue());
  }

  /** Stored fields that a search hit needs: everything but the body. */
  static Set<String> hitFields() {
    return Set.of(ID, HEADLINE, DATE, SOURCE, SPEAKERS);
  }

  private static void addKeyword(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.YES));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }

  private static FieldType textType(boolean stored) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setStored(stored);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  private static Analyzer buildAnalyzer() {
    try {
      // Folding maps curly apostrophes and accents to ASCII, so "Washington’s" and "Washington's"
      // are one term, and "cafe" finds "café". KStem rather than Porter: it stems to real words
      // ("interfering" and "interfere" both to "interfere") and over-conflates less.
      Analyzer english =
          CustomAnalyzer.builder()
              .withTokenizer(StandardTokenizerFactory.class)
              .addTokenFilter(EnglishPossessiveFilterFactory.class)
              .addTokenFilter(LowerCaseFilterFactory.class)
              .addTokenFilter(ASCIIFoldingFilterFactory.class)
              .addTokenFilter(StopFilterFactory.class)
              .addTokenFilter(KStemFilterFactory.class)
              .withPositionIncrementGap(POSITION_GAP)
              .build();
      // Phrases keep stop words ("the White House") and every word as written, but lower-cased.
      Analyzer exact =
          CustomAnalyzer.builder()
              .withTokenizer(StandardTokenizerFactory.class)
              .addTokenFilter(LowerCaseFilterFactory.class)
              .addTokenFilter(ASCIIFoldingFilterFactory.class)
              .withPositionIncrementGap(POSITION_GAP)
              .build();
      return new PerFieldAnalyzerWrapper(
          english, Map.of(HEADLINE_EXACT, exact, PARAGRAPHS_EXACT, exact));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the analyzers", e);
    }
  }
}
