package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.newsindex.search.Schema;
import org.newsindex.search.StoryKeys;
import org.newsindex.search.StorySketch;

/**
 * How a local index's writer finds the articles that may tell the same story as a new one: those
 * that share a band of its {@link StorySketch}, through a near-real-time reader of the writer,
 * their sketches made again from their stored text. Used by one thread at a time ({@link
 * StoryKeys} hands out keys in turn).
 */
final class StoryLookup implements StoryKeys.IndexedStories, AutoCloseable {

  /** Candidates checked per new article at most, those sharing the most bands first. */
  static final int MAX_CANDIDATES = 16;

  private static final Set<String> FIELDS = Set.of(Schema.ID, Schema.HEADLINE, Schema.PARAGRAPHS);

  private final IndexWriter writer;
  private DirectoryReader reader;

  StoryLookup(IndexWriter writer) {
    this.writer = writer;
  }

  @Override
  public List<StoryKeys.Candidate> candidates(int[] bands, String id) throws IOException {
    if (reader == null) {
      reader = DirectoryReader.open(writer);
    }
    BooleanQuery.Builder sharing = new BooleanQuery.Builder();
    for (int band : bands) {
      // Each shared band scores one, so the most similar come first.
      sharing.add(
          new ConstantScoreQuery(IntPoint.newExactQuery(Schema.STORY_BANDS, band)),
          BooleanClause.Occur.SHOULD);
    }
    IndexSearcher searcher = new IndexSearcher(reader);
    StoredFields stored = searcher.storedFields();
    List<StoryKeys.Candidate> candidates = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(sharing.build(), MAX_CANDIDATES + 1).scoreDocs) {
      Document doc = stored.document(hit.doc, FIELDS);
      String candidateId = doc.get(Schema.ID);
      if (candidateId.equals(id)) {
        continue;
      }
      StorySketch sketch =
          StorySketch.of(doc.get(Schema.HEADLINE), List.of(doc.getValues(Schema.PARAGRAPHS)));
      candidates.add(
          new StoryKeys.Candidate(candidateId, StoryHits.storyOf(reader, hit.doc), sketch));
    }
    return candidates;
  }

  @Override
  public void refresh() throws IOException {
    if (reader == null) {
      return;
    }
    DirectoryReader newer = DirectoryReader.openIfChanged(reader, writer);
    if (newer != null) {
      reader.close();
      reader = newer;
    }
  }

  @Override
  public void close() throws IOException {
    if (reader != null) {
      reader.close();
      reader = null;
    }
  }
}
