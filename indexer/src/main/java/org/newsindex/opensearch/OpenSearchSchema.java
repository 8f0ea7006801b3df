package org.newsindex.opensearch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsindex.Article;
import org.newsindex.Quote;
import org.newsindex.search.EnglishStems;
import org.newsindex.search.Schema;
import org.newsindex.search.StorySketch;

/**
 * The local {@link Schema} as an OpenSearch index: the same field names, the same analysis (built
 * from OpenSearch's own tokenizer and filters, so a word is indexed as the same terms), and the same
 * documents, an article and one document per quote. Only what OpenSearch needs in other words is
 * here; every field name comes from {@link Schema}.
 *
 * <p>The differences: facets are aggregations over the keyword fields rather than a facet field,
 * the year has a keyword field of its own, and a quote document's id is its article's id, {@value
 * #QUOTE_ID_SEPARATOR} and its number, routed to its article's shard.
 */
final class OpenSearchSchema {

  /** Year of publication as a keyword, for the year facet. */
  static final String YEAR = Schema.YEAR_FACET;

  /** How many quotes an article document has, so a writer can remove the ones an update drops. */
  static final String QUOTE_COUNT = "quote_count";

  /**
   * How many articles tell an article's story, itself included: kept by {@link
   * OpenSearchStorySizes}, so that a hit carries its copies' count. Absent means one.
   */
  static final String STORY_SIZE = "story_size";

  /** Between an article id and a quote's number in a quote document's id. */
  static final String QUOTE_ID_SEPARATOR = "#q";

  /** The stemmed English analyzer, named in the index settings. */
  static final String ENGLISH = "newsindex_english";
  private static final String EXACT = "newsindex_exact";
  private static final String POSSESSIVE = "newsindex_possessive";
  private static final String INITIALISM = "newsindex_initialism";
  private static final String ENGLISH_STOP = "newsindex_stop";
  private static final String STEMS = "newsindex_stems";
  private static final String UNSTEMMED = "newsindex_unstemmed";
  private static final String NAME_KEY = "newsindex_name_key";
  /** The subfield of a name that speaker filters match, as {@link Schema#SPEAKERS_KEY} names it. */
  private static final String KEY_SUBFIELD =
      Schema.SPEAKERS_KEY.substring(Schema.SPEAKERS.length() + 1);

  /** Where the mapping records the {@link Schema#VERSION} its index was made with. */
  static final String VERSION_META = "newsindex_schema_version";

  private OpenSearchSchema() {}

  /** The body of the create-index request: analysis settings and the mapping. */
  static Map<String, Object> createIndexBody(int shards, int replicas) {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("number_of_shards", shards);
    settings.put("number_of_replicas", replicas);
    settings.put("analysis", analysis());
    return Map.of("settings", settings, "mappings", mappings());
  }

  /** The id of the {@code n}-th quote document of an article. */
  static String quoteId(String articleId, int n) {
    return articleId + QUOTE_ID_SEPARATOR + n;
  }

  /** The article document's source. */
  static Map<String, Object> articleSource(
      Article article, String contentHash, long story, int[] bands) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put(Schema.KIND, Schema.ARTICLE);
    doc.put(Schema.ARTICLE_ID, article.id());
    doc.put(Schema.ID, article.id());
    doc.put(Schema.HEADLINE, article.headline());
    doc.put(Schema.PARAGRAPHS, article.paragraphs());
    doc.put(Schema.SPEAKERS, article.speakers());
    if (article.source() != null) {
      doc.put(Schema.SOURCE, article.source());
    }
    if (article.date() != null) {
      doc.put(Schema.DATE, article.date().toString());
      doc.put(YEAR, String.valueOf(article.date().getYear()));
    }
    if (article.dateText() != null) {
      doc.put(Schema.DATE_TEXT, article.dateText());
    }
    doc.put(QUOTE_COUNT, article.quotes().size());
    if (contentHash != null) {
      doc.put(Schema.CONTENT_HASH, contentHash);
    }
    doc.put(Schema.STORY, story);
    if (bands.length > 0) {
      doc.put(Schema.STORY_BANDS, bands);
    }
    return doc;
  }

  /** The quote documents' sources, in the article's order; the n-th has id {@link #quoteId}. */
  static List<Map<String, Object>> quoteSources(Article article, long story) {
    List<Map<String, Object>> docs = new ArrayList<>(article.quotes().size());
    for (Quote quote : article.quotes()) {
      Map<String, Object> doc = new LinkedHashMap<>();
      doc.put(Schema.KIND, Schema.QUOTE);
      doc.put(Schema.ARTICLE_ID, article.id());
      doc.put(Schema.QUOTE_TEXT, quote.text());
      if (quote.speaker() != null) {
        doc.put(Schema.QUOTE_SPEAKER, quote.speaker());
      }
      doc.put(Schema.QUOTE_PARAGRAPH, quote.paragraph());
      doc.put(Schema.QUOTE_HEADLINE, article.headline());
      doc.put(Schema.QUOTE_STORY, StorySketch.quoteKey(story, quote.text()));
      if (article.date() != null) {
        doc.put(Schema.DATE, article.date().toString());
      }
      docs.add(doc);
    }
    return docs;
  }

  /** The source fields an article hit needs: the body too, to highlight it on the client. */
  static final List<String> ARTICLE_HIT_SOURCE =
      List.of(
          Schema.ID,
          Schema.HEADLINE,
          Schema.PARAGRAPHS,
          Schema.DATE,
          Schema.SOURCE,
          Schema.SPEAKERS,
          STORY_SIZE);

  /** The source fields a related article needs. */
  static final List<String> RELATED_SOURCE = List.of(Schema.ID, Schema.HEADLINE, Schema.DATE);

  /** The source fields a quote hit needs. */
  static final List<String> QUOTE_HIT_SOURCE =
      List.of(
          Schema.ARTICLE_ID,
          Schema.QUOTE_HEADLINE,
          Schema.DATE,
          Schema.QUOTE_SPEAKER,
          Schema.QUOTE_TEXT,
          Schema.QUOTE_STORY);

  /**
   * The article an article document's source holds, with its quotes: the inverse of {@link
   * #articleSource} and {@link #quoteSources}.
   */
  static Article article(Map<String, Object> source, List<Quote> quotes) {
    return new Article(
        (String) source.get(Schema.ID),
        (String) source.get(Schema.HEADLINE),
        date(source),
        (String) source.get(Schema.DATE_TEXT),
        (String) source.get(Schema.SOURCE),
        strings(source.get(Schema.PARAGRAPHS)),
        strings(source.get(Schema.SPEAKERS)),
        quotes);
  }

  /** The quote a quote document's source holds. */
  static Quote quote(Map<String, Object> source) {
    return new Quote(
        (String) source.get(Schema.QUOTE_TEXT),
        (String) source.get(Schema.QUOTE_SPEAKER),
        ((Number) source.get(Schema.QUOTE_PARAGRAPH)).intValue());
  }

  /** The date of an article or quote document's source, or {@code null} when it has none. */
  static LocalDate date(Map<String, Object> source) {
    Object date = source.get(Schema.DATE);
    return date == null ? null : LocalDate.parse(date.toString());
  }

  /** How many quote documents an article document's source says the article has. */
  static int quoteCount(Map<String, Object> source) {
    Object count = source.get(QUOTE_COUNT);
    return count == null ? 0 : ((Number) count).intValue();
  }

  /** How many articles tell the story of the article document with this source. */
  static int storySize(Map<String, Object> source) {
    Object size = source.get(STORY_SIZE);
    return size == null ? 1 : ((Number) size).intValue();
  }

  /** The story key a document's source holds ({@link Schema#STORY} or {@link Schema#QUOTE_STORY}). */
  static long story(Map<String, Object> source, String field) {
    Object story = source.get(field);
    return story == null ? 0L : ((Number) story).longValue();
  }

  /** A document source as the client returns it: a JSON object read into a map. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> source(Object raw) {
    return (Map<String, Object>) raw;
  }

  /** A text field that holds one value or several: a single value comes back on its own. */
  private static List<String> strings(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Object::toString).toList();
    }
    return List.of(value.toString());
  }

  /**
   * The analyzers of {@link Schema#queryAnalyzer()} in OpenSearch's terms: stemmed English (lower
   * case, ASCII folding, possessive, initialisms without dots, English stop words, the {@link
   * EnglishStems} table, short words marked unstemmed, KStem) and the exact one for phrases (lower
   * case, ASCII folding, possessive, initialisms without dots).
   */
  private static Map<String, Object> analysis() {
    return Map.of(
        "normalizer",
        Map.of(NAME_KEY, Map.of("type", "custom", "filter", List.of("lowercase", "asciifolding"))),
        "filter",
        Map.of(
            POSSESSIVE, Map.of("type", "stemmer", "language", "possessive_english"),
            INITIALISM,
            Map.of(
                "type", "pattern_replace",
                "pattern", Schema.DOTTED_INITIALISM,
                "replacement", Schema.INITIALISM_LETTERS),
            ENGLISH_STOP, Map.of("type", "stop", "stopwords", "_english_"),
            STEMS, Map.of("type", "stemmer_override", "rules", EnglishStems.rules()),
            UNSTEMMED, Map.of("type", "keyword_marker", "keywords_pattern", Schema.UNSTEMMED_WORD)),
        "analyzer",
        Map.of(
            ENGLISH,
            Map.of(
                "type", "custom",
                "tokenizer", "standard",
                "filter",
                List.of(
                    "lowercase", "asciifolding", POSSESSIVE, INITIALISM, ENGLISH_STOP, STEMS,
                    UNSTEMMED, "kstem"),
                "position_increment_gap", Schema.POSITION_GAP),
            EXACT,
            Map.of(
                "type", "custom",
                "tokenizer", "standard",
                "filter", List.of("lowercase", "asciifolding", POSSESSIVE, INITIALISM),
                "position_increment_gap", Schema.POSITION_GAP)));
  }

  private static Map<String, Object> mappings() {
    // Fields not named here are refused rather than guessed, so a typo never grows the mapping.
    return Map.of(
        "dynamic", "strict",
        "_meta", Map.of(VERSION_META, Schema.VERSION),
        "properties", properties());
  }

  /** The mapping's fields, each a map as in the create-index request. */
  static Map<String, Object> properties() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(Schema.KIND, keyword());
    properties.put(Schema.ARTICLE_ID, keyword());
    properties.put(Schema.ID, keyword());
    properties.put(Schema.HEADLINE, textWithExact());
    properties.put(Schema.PARAGRAPHS, textWithExact());
    properties.put(Schema.SPEAKERS, keywordWithKey());
    properties.put(Schema.SOURCE, keyword());
    properties.put(Schema.DATE, Map.of("type", "date", "format", "strict_date"));
    properties.put(YEAR, keyword());
    properties.put(Schema.DATE_TEXT, Map.of("type", "keyword", "index", false, "doc_values", false));
    properties.put(QUOTE_COUNT, Map.of("type", "integer", "index", false));
    properties.put(Schema.CONTENT_HASH, Map.of("type", "keyword", "index", false));
    properties.put(Schema.STORY, Map.of("type", "long"));
    properties.put(STORY_SIZE, Map.of("type", "integer", "index", false));
    properties.put(Schema.STORY_BANDS, Map.of("type", "integer", "doc_values", false));
    properties.put(quoteObject(), Map.of("properties", quoteProperties()));
    return properties;
  }

  /** Quote fields share the prefix before the first dot: one object in OpenSearch's mapping. */
  private static String quoteObject() {
    return Schema.QUOTE_TEXT.substring(0, Schema.QUOTE_TEXT.indexOf('.'));
  }

  private static Map<String, Object> quoteProperties() {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(inQuoteObject(Schema.QUOTE_TEXT), textWithExact());
    properties.put(inQuoteObject(Schema.QUOTE_SPEAKER), keywordWithKey());
    properties.put(inQuoteObject(Schema.QUOTE_STORY), Map.of("type", "long"));
    properties.put(inQuoteObject(Schema.QUOTE_PARAGRAPH), Map.of("type", "integer", "index", false));
    properties.put(
        inQuoteObject(Schema.QUOTE_HEADLINE),
        Map.of("type", "keyword", "index", false, "doc_values", false));
    return properties;
  }

  private static String inQuoteObject(String field) {
    return field.substring(quoteObject().length() + 1);
  }

  private static Map<String, Object> keyword() {
    return Map.of("type", "keyword");
  }

  /** A name, with a subfield that holds it ignoring case and accents, as {@code SpeakerNames.key}. */
  private static Map<String, Object> keywordWithKey() {
    return Map.of(
        "type", "keyword",
        "fields", Map.of(KEY_SUBFIELD, Map.of("type", "keyword", "normalizer", NAME_KEY)));
  }

  private static Map<String, Object> textWithExact() {
    return Map.of(
        "type", "text",
        "analyzer", ENGLISH,
        "position_increment_gap", Schema.POSITION_GAP,
        "fields",
        Map.of(
            Schema.HEADLINE_EXACT.substring(Schema.HEADLINE.length() + 1),
            Map.of("type", "text", "analyzer", EXACT, "position_increment_gap", Schema.POSITION_GAP)));
  }
}
