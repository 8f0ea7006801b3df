/**
 * The HTTP face of newsindex: a JSON search API and a search page over a {@link
 * org.newsindex.NewsSearcher}, whatever backend stands behind it.
 *
 * <p>Imports: the library's API ({@code org.newsindex}) and its JSON form ({@code
 * org.newsindex.json}) only; {@link org.newsindex.server.ServerCommand}, which chooses the backend,
 * alone names one (checked by {@code ServerArchitectureTest}).
 */
package org.newsindex.server;
