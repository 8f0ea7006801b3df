/** The {@code indexer} command line: index a folder of articles into an index folder. */
package org.newsindex.cli;
