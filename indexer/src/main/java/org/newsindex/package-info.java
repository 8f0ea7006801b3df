/**
 * The newsindex library: parse news articles, write them to a Lucene index, and search that index.
 *
 * <p>Start with {@link org.newsindex.FolderIndexer} to index a folder and {@link
 * org.newsindex.NewsSearcher} to search it.
 */
package org.newsindex;
