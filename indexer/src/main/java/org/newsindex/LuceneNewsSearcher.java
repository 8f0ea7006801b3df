package org.newsindex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * {@link NewsSearcher} over a local Lucene index folder.
 *
 * <p>A {@link SearcherManager} hands each request a consistent point-in-time view; {@link
 * #refresh()} picks up what the indexer committed since.
 */
final class LuceneNewsSearcher implements NewsSearcher {

  private final Directory directory;
  private final SearcherManager searchers;

  private LuceneNewsSearcher(Directory directory, SearcherManager searchers) {
    this.directory = directory;
    this.searchers = searchers;
  }

  static LuceneNewsSearcher open(Path indexDir) throws IOException {
    Directory directory = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new IOException("no index at " + indexDir + ": run the indexer first");
      }
      return new LuceneNewsSearcher(directory, new SearcherManager(directory, null));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  @Override
  public SearchResult search(SearchRequest request) throws IOException {
    long started = System.nanoTime();
    Query query = ArticleQueryParser.parse(request.query());
    IndexSearcher searcher = searchers.acquire();
    try {
      int window = request.from() + request.size();
      TopDocs top = searchWithinLimits(searcher, query, window);
      ScoreDoc[] page =
          Arrays.copyOfRange(top.scoreDocs, Math.min(request.from(), top.scoreDocs.length),
              top.scoreDocs.length);
      List<SearchResult.Hit> hits = hits(searcher, query, page);
      long tookMillis = (System.nanoTime() - started) / 1_000_000;
      return new SearchResult(request.query(), top.totalHits.value(), tookMillis, hits);
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public Optional<Article> find(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      TopDocs top = searcher.search(new TermQuery(Schema.idTerm(id)), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(Schema.article(searcher.storedFields().document(top.scoreDocs[0].doc)));
    } finally {
      searchers.release(searcher);
    }
  }

  @Override
  public int articleCount() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Makes articles committed since the last refresh visible to the next search. */
  void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      directory.close();
    }
  }

  private static TopDocs searchWithinLimits(IndexSearcher searcher, Query query, int window)
      throws IOException {
    try {
      // Count every match: people read "total" as exact, and news indexes are small enough.
      return searcher.search(query, new TopScoreDocCollectorManager(window, Integer.MAX_VALUE));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(
          "query expands to too many terms; the limit is " + IndexSearcher.getMaxClauseCount());
    }
  }

  private static List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page)
      throws IOException {
    int[] docIds = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
    }
    ArticleHighlighter.Highlights[] highlights =
        new ArticleHighlighter(searcher).highlight(query, docIds);
    StoredFields stored = searcher.storedFields();
    List<SearchResult.Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(docIds[i], Schema.hitFields());
      hits.add(
          new SearchResult.Hit(
              doc.get(Schema.ID),
              doc.get(Schema.HEADLINE),
              highlights[i].headlineHtml(),
              Schema.date(doc),
              doc.get(Schema.SOURCE),
              List.of(doc.getValues(Schema.SPEAKERS)),
              page[i].score,
              highlights[i].snippets()));
    }
    return hits;
  }
}
