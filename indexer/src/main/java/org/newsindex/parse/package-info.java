/** Turns the text of an article file into an {@link org.newsindex.Article}; no Lucene here. */
package org.newsindex.parse;
