package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.newsindex.Limits;
import org.newsindex.SpeakerCount;
import org.newsindex.search.Schema;
import org.newsindex.search.SpeakerNames;

/**
 * Lists the people quoted in an index with their article and quote counts, most quoted first,
 * from the terms that drill down into the speakers facet. Counts are exact: they come from the live
 * documents, not from term statistics that still count replaced articles until segments merge.
 */
final class SpeakerDirectory {

  private SpeakerDirectory() {}

  /** The most quoted speakers with a name word starting with {@code prefix}. */
  static List<SpeakerCount> list(IndexSearcher searcher, String prefix, int size)
      throws IOException {
    Limits.checkPage(0, size);
    String wanted = SpeakerNames.normalisePrefix(prefix);
    String field = ArticleDocuments.facetValuesField();
    Terms facetTerms = MultiTerms.getTerms(searcher.getIndexReader(), field);
    if (facetTerms == null) {
      return List.of();
    }
    List<SpeakerCount> speakers = new ArrayList<>();
    BytesRef speakerTerms = ArticleDocuments.speakerTermPrefix();
    TermsEnum terms = facetTerms.iterator();
    if (terms.seekCeil(speakerTerms) == TermsEnum.SeekStatus.END) {
      return List.of();
    }
    for (BytesRef term = terms.term();
        term != null && StringHelper.startsWith(term, speakerTerms);
        term = terms.next()) {
      String name = ArticleDocuments.facetValueOf(term);
      if (!SpeakerNames.hasWordStartingWith(name, wanted)) {
        continue;
      }
      long articles = searcher.count(new TermQuery(new Term(field, BytesRef.deepCopyOf(term))));
      if (articles > 0) {
        long quotes = searcher.count(new TermQuery(new Term(Schema.QUOTE_SPEAKER, name)));
        speakers.add(new SpeakerCount(name, articles, quotes));
      }
    }
    speakers.sort(SpeakerNames.MOST_QUOTED_FIRST);
    return List.copyOf(speakers.subList(0, Math.min(size, speakers.size())));
  }
}
