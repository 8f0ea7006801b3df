/**
 * Highlighted HTML from a hit's text and where the query matches in it: the headline whole, the
 * best sentence-bounded passages of the body, quotes; article text always escaped, matches in
 * {@code <mark>}. Each backend says where the matches are ({@link
 * org.newsindex.highlight.TextMatches}).
 *
 * <p>Imports: the API, {@code search}, Lucene's highlighter; never a backend.
 */
package org.newsindex.highlight;
