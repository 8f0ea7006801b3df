/** The {@code indexer} command line: index a folder of articles, or score speaker extraction. */
package org.newsindex.cli;
