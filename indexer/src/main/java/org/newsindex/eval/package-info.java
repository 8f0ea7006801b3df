/**
 * Scores speaker and quotation extraction against hand-labelled gold files, and search results
 * against relevance judgments.
 *
 * <p>Imports: the API, {@code parse} and Jakarta JSON; never a backend.
 */
package org.newsindex.eval;
