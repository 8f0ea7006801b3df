/**
 * The {@code indexer.jar} command lines: index a folder (into a local index or OpenSearch), and
 * score speaker extraction and search relevance. The only package of the library that chooses a
 * backend.
 */
package org.newsindex.cli;
