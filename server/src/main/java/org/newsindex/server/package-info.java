/** The HTTP face of newsindex: a JSON search API and a small search page over a {@link org.newsindex.NewsSearcher}. */
package org.newsindex.server;
