/**
 * Turns the text of an article file into an {@link org.newsindex.Article}: headline, paragraphs,
 * date, source, speakers and quotes.
 *
 * <p>Imports: the API only; no Lucene.
 */
package org.newsindex.parse;
