/**
 * The newsindex API: what an embedder or the server sees of an index, whatever holds it. Requests
 * and results are records ({@link org.newsindex.SearchRequest}, {@link
 * org.newsindex.SearchResult}, {@link org.newsindex.Article}, ...); {@link
 * org.newsindex.NewsSearcher} searches and {@link org.newsindex.ArticleWriter} writes; {@link
 * org.newsindex.Limits} holds the bounds every request keeps.
 *
 * <p>Imports: the Java platform only, no other newsindex package and no Lucene type (checked by
 * {@code ArchitectureTest}). A backend opens a searcher: {@link
 * org.newsindex.lucene.LuceneNewsSearcher#open} for a local index, {@link
 * org.newsindex.opensearch.OpenSearchSearcher#open} for OpenSearch.
 */
package org.newsindex;
