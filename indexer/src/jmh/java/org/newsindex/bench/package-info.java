/** JMH benchmarks of the indexer's hot paths: parsing, speaker extraction, indexing and search. */
package org.newsindex.bench;
