/**
 * The {@code indexer.jar} command lines: index a folder (into a local index or OpenSearch); search
 * it, list who said what and show an article from a terminal, as the HTTP API answers; score
 * speaker extraction and search relevance. The only package of the library that chooses a backend.
 */
package org.newsindex.cli;
