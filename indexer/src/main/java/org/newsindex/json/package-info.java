/**
 * The JSON form of the API's records, and of the one answer that joins several of them (an article
 * with its copies and highlights, {@link org.newsindex.json.ArticleResponse}), shared by the HTTP
 * server and the command line so that both write the same answer.
 *
 * <p>Imports: the API and Jackson (an optional dependency of the library: an embedder that does not
 * write JSON does not get it).
 */
package org.newsindex.json;
