package org.newsindex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * Highlights articles and quotes that were found in another index (OpenSearch) exactly as the local
 * index highlights its own: the page's texts are written into a small in-memory Lucene index with
 * {@link Schema}'s documents, and {@link HitHighlighter} marks them there.
 *
 * <p>So both backends share one highlighter: a phrase is one {@code <mark>}, text is escaped the
 * same way, and passages are chosen alike. OpenSearch's own highlighters cannot do all of that (its
 * unified highlighter marks a phrase word by word). One scratch index serves a whole page.
 */
final class ScratchHighlighter {

  /** What to do with the scratch index's searcher; its documents are numbered 0, 1, 2, ... */
  @FunctionalInterface
  private interface Work<T> {
    T on(IndexSearcher searcher) throws IOException;
  }

  private ScratchHighlighter() {}

  /** The headline and best snippets of each article, in the order given. */
  static HitHighlighter.Highlights[] articles(Query query, List<Article> articles)
      throws IOException {
    if (articles.isEmpty()) {
      return new HitHighlighter.Highlights[0];
    }
    List<Document> docs = new ArrayList<>(articles.size());
    for (Article article : articles) {
      docs.add(articleDocument(article));
    }
    return withIndex(docs, searcher -> new HitHighlighter(searcher).highlight(query, docIds(docs)));
  }

  /** One whole article, headline and every paragraph, as HTML with the query's matches marked. */
  static ArticleHighlights wholeArticle(Query query, Article article) throws IOException {
    return withIndex(
        List.of(articleDocument(article)),
        searcher -> HitHighlighter.wholeText(searcher).highlightArticle(query, 0));
  }

  /** Each quote's whole text as HTML with the query's matches marked, in the order given. */
  static String[] quotes(Query query, List<String> texts) throws IOException {
    if (texts.isEmpty()) {
      return new String[0];
    }
    List<Document> docs = texts.stream().map(Schema::quoteText).toList();
    return withIndex(docs, searcher -> new HitHighlighter(searcher).highlightQuotes(query, docIds(docs)));
  }

  /** The article's own document, without its quotes and content hash, which nothing highlights. */
  private static Document articleDocument(Article article) throws IOException {
    Article withoutQuotes =
        new Article(
            article.id(),
            article.headline(),
            article.date(),
            article.dateText(),
            article.source(),
            article.paragraphs(),
            article.speakers());
    return Schema.documents(withoutQuotes, null).get(0);
  }

  private static int[] docIds(List<Document> docs) {
    return IntStream.range(0, docs.size()).toArray();
  }

  /**
   * Writes the documents into a fresh in-memory index, in order, and runs work on it. Nothing is
   * committed, merged or packed: the reader sees the writer's flushed segment, documents numbered
   * in the order added.
   */
  private static <T> T withIndex(List<Document> docs, Work<T> work) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(Schema.analyzer())
            .setCommitOnClose(false)
            .setMergePolicy(NoMergePolicy.INSTANCE)
            .setUseCompoundFile(false); // packing the files into one would only copy them again
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, config)) {
      writer.addDocuments(docs);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        return work.on(new IndexSearcher(reader));
      }
    }
  }
}
