package org.newsindex.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.newsindex.highlight.TextMatch;

class PagePositionsTest {

  private static final String[] FIELDS = {"headline", "body"};
  private static final String[] WORDS = {"a", "b", "c", "d", "e", "f"};

  @Test
  void findsWhatTheMatchesApiFinds() throws IOException {
    Random random = new Random(7);
    try (Directory directory = new ByteBuffersDirectory()) {
      writeDocuments(directory, random);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        IndexSearcher searcher = new IndexSearcher(reader);
        int compared = 0;
        for (int i = 0; i < 2_000; i++) {
          Query query = searcher.rewrite(query(random, 3));
          PagePositions positions = PagePositions.of(query);
          assertThat(positions).as("positions of %s", query).isNotNull();
          int[] page = page(searcher, query, random);
          List<Map<String, List<PagePositions.Span>>> found = positions.in(reader, page);
          Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
          for (int hit = 0; hit < page.length; hit++) {
            for (String field : FIELDS) {
              assertThat(sorted(found.get(hit).getOrDefault(field, List.of())))
                  .as("%s in %s of doc %d", query, field, page[hit])
                  .isEqualTo(byMatchesApi(weight, reader, page[hit], field));
            }
            compared++;
          }
        }
        assertThat(compared).isGreaterThan(10_000);
      }
    }
  }

  @Test
  void knowsNoQueryBeyondTermsPhrasesAndTheirCombinations() {
    Query wildcard = new WildcardQuery(new Term("body", "a*"));
    assertThat(PagePositions.of(wildcard)).isNull();
    assertThat(
            PagePositions.of(
                new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("body", "a")), BooleanClause.Occur.MUST)
                    .add(wildcard, BooleanClause.Occur.SHOULD)
                    .build()))
        .isNull();
    assertThat(PagePositions.of(new PhraseQuery(1, "body", "a", "b"))).isNull();
  }

  /** Documents of a few words, many repeated, in several segments, one without the body. */
  private static void writeDocuments(Directory directory, Random random) throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer());
    config.setMaxBufferedDocs(40);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int doc = 0; doc < 300; doc++) {
        Document document = new Document();
        document.add(new StringField("kind", doc % 3 == 0 ? "x" : "y", Field.Store.NO));
        document.add(new TextField("headline", words(random, 1 + random.nextInt(4)), Field.Store.NO));
        if (doc % 17 != 0) {
          // Two values: positions go on from the first into the second.
          document.add(new TextField("body", words(random, random.nextInt(30)), Field.Store.NO));
          document.add(new TextField("body", words(random, random.nextInt(10)), Field.Store.NO));
        }
        writer.addDocument(document);
      }
    }
  }

  private static String words(Random random, int count) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      words.add(WORDS[random.nextInt(WORDS.length)]);
    }
    return String.join(" ", words);
  }

  /** A query of the shapes a search makes: terms, synonyms, exact phrases, booleans, boosts. */
  private static Query query(Random random, int depth) {
    String field = FIELDS[random.nextInt(FIELDS.length)];
    int kind = random.nextInt(depth > 0 ? 6 : 4);
    Query query =
        switch (kind) {
          case 0 -> new TermQuery(new Term(field, word(random)));
          case 1 ->
              new SynonymQuery.Builder(field)
                  .addTerm(new Term(field, word(random)))
                  .addTerm(new Term(field, word(random) + word(random)))
                  .addTerm(new Term(field, word(random)))
                  .build();
          case 2 -> phrase(random, field);
          case 3 -> new TermQuery(new Term("kind", random.nextBoolean() ? "x" : "y"));
          default -> bool(random, depth - 1);
        };
    return random.nextInt(4) == 0 ? new BoostQuery(query, 2f) : query;
  }

  /** Two or three words, sometimes with a gap, sometimes a word twice. */
  private static Query phrase(Random random, String field) {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    int position = random.nextInt(2);
    for (int i = 2 + random.nextInt(2); i > 0; i--) {
      phrase.add(new Term(field, word(random)), position);
      position += 1 + (random.nextInt(5) == 0 ? 1 : 0);
    }
    return phrase.build();
  }

  private static Query bool(Random random, int depth) {
    BooleanQuery.Builder bool = new BooleanQuery.Builder();
    int optional = 0;
    boolean positive = false;
    for (int i = 1 + random.nextInt(4); i > 0; i--) {
      BooleanClause.Occur occur = BooleanClause.Occur.values()[random.nextInt(4)];
      positive |= occur != BooleanClause.Occur.MUST_NOT;
      optional += occur == BooleanClause.Occur.SHOULD ? 1 : 0;
      bool.add(query(random, depth), occur);
    }
    if (!positive) {
      bool.add(query(random, depth), BooleanClause.Occur.SHOULD);
      optional++;
    }
    if (optional > 1 && random.nextInt(3) == 0) {
      bool.setMinimumNumberShouldMatch(1 + random.nextInt(optional - 1));
    }
    return bool.build();
  }

  private static String word(Random random) {
    return WORDS[random.nextInt(WORDS.length)];
  }

  /**
   * Up to ten of the query's hits and two documents that may not match (as an article read with
   * a query it need not match is marked), in no particular order.
   */
  private static int[] page(IndexSearcher searcher, Query query, Random random)
      throws IOException {
    List<Integer> page = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, 300).scoreDocs) {
      page.add(hit.doc);
    }
    Collections.shuffle(page, random);
    page = new ArrayList<>(page.subList(0, Math.min(10, page.size())));
    for (int i = 0; i < 2; i++) {
      int doc = random.nextInt(searcher.getIndexReader().maxDoc());
      if (!page.contains(doc)) {
        page.add(doc);
      }
    }
    Collections.shuffle(page, random);
    return page.stream().mapToInt(Integer::intValue).toArray();
  }

  private static List<String> byMatchesApi(
      Weight weight, DirectoryReader reader, int docId, String field) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    Matches matches = weight.matches(leaf, docId - leaf.docBase);
    List<String> spans = new ArrayList<>();
    MatchesIterator positions = matches == null ? null : matches.getMatches(field);
    while (positions != null && positions.next()) {
      spans.add(
          span(
              positions.startPosition(),
              positions.endPosition(),
              TextMatch.label(positions.getQuery()).utf8ToString()));
    }
    Collections.sort(spans);
    return spans;
  }

  private static List<String> sorted(List<PagePositions.Span> spans) {
    List<String> sorted = new ArrayList<>();
    for (PagePositions.Span span : spans) {
      sorted.add(span(span.start(), span.end(), span.label().utf8ToString()));
    }
    Collections.sort(sorted);
    return sorted;
  }

  private static String span(int start, int end, String label) {
    return start + "-" + end + " " + label;
  }
}
