/** Scores the speaker and quotation extraction against a hand-labelled gold standard. */
package org.newsindex.eval;
