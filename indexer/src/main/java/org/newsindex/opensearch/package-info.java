/**
 * The OpenSearch backend: an index in an OpenSearch cluster, written by {@link
 * org.newsindex.opensearch.OpenSearchWriter} and searched by {@link
 * org.newsindex.opensearch.OpenSearchSearcher}, answering as the local index does by the shared
 * rules of {@code search} and highlighting with {@code highlight}.
 *
 * <p>Imports: the API, {@code search}, {@code highlight}, the OpenSearch client; never {@code
 * lucene}. Within newsindex only the command lines open it by name; an embedding program opens it
 * as they do.
 */
package org.newsindex.opensearch;
