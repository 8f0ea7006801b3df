/**
 * Keeps an index in step with a folder of article files: reads and decodes each file, parses it,
 * skips what is unchanged since the last run, reports what it could not read, and writes only
 * through {@link org.newsindex.ArticleWriter}, so that either backend can be the target.
 *
 * <p>Imports: the API, {@code parse}, {@code search} (content hashes); never a backend.
 */
package org.newsindex.ingest;
