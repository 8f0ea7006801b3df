/**
 * The rules both backends share, so that a local index and OpenSearch answer alike: the
 * {@link org.newsindex.search.Schema} (field names and analysis), parsing of user queries, word
 * forms, respelling, the numbers results are shaped by, cursors, content hashes and the result
 * cache.
 *
 * <p>Imports: the API, {@code parse} (for its version), Lucene's analysis and query classes;
 * never a backend.
 */
package org.newsindex.search;
