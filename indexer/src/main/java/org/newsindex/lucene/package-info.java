/**
 * The local backend: an index in a folder, written by {@link org.newsindex.lucene.NewsIndexWriter}
 * and searched by {@link org.newsindex.lucene.LuceneNewsSearcher}, with its codec, its facet
 * counting, and its matches found by position for the highlighter.
 *
 * <p>Imports: the API, {@code search}, {@code highlight}, Lucene; never {@code opensearch}. Within
 * newsindex only the command lines open it by name; an embedding program opens it as they do.
 */
package org.newsindex.lucene;
