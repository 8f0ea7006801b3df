/** The HTTP face of newsindex: a JSON search API and a search page over a NewsSearcher. */
package org.newsindex.server;
