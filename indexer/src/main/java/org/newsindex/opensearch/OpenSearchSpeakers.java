package org.newsindex.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsindex.Limits;
import org.newsindex.SpeakerCount;
import org.newsindex.search.Schema;
import org.newsindex.search.SpeakerNames;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.aggregations.StringTermsBucket;
import org.opensearch.client.opensearch.core.SearchResponse;

/**
 * Lists the people quoted in an OpenSearch index, as {@code SpeakerDirectory} lists them locally:
 * the names of the articles' speakers with how many articles and quotes are theirs, most quoted
 * first, filtered by a prefix of any word of the name.
 *
 * <p>One request counts both with terms aggregations, narrowed on the server by a regular
 * expression that every matching name matches (the prefix anywhere, in either case); the exact
 * word-prefix test and the order are then the local ones. Up to {@link #MAX_NAMES} names are
 * counted; beyond that the least frequent would be missing from the order.
 */
final class OpenSearchSpeakers {

  /** How many names one listing may count: far more than a news archive's quoted people. */
  static final int MAX_NAMES = 10_000;

  private static final String NAMES = "names";
  private static final String ARTICLES = "articles";
  private static final String QUOTES = "quotes";

  private OpenSearchSpeakers() {}

  /** The most quoted speakers with a name word starting with {@code prefix}. */
  static List<SpeakerCount> list(OpenSearchConnection connection, String prefix, int size)
      throws IOException {
    Limits.checkPage(0, size);
    String wanted = SpeakerNames.normalisePrefix(prefix);
    SearchResponse<Void> response =
        connection
            .client()
            .search(
                s ->
                    s.index(connection.index())
                        .size(0)
                        .aggregations(ARTICLES, names(Schema.ARTICLE, Schema.SPEAKERS, wanted))
                        .aggregations(QUOTES, names(Schema.QUOTE, Schema.QUOTE_SPEAKER, wanted)),
                Void.class);
    Map<String, Long> quotes = new HashMap<>();
    for (StringTermsBucket bucket : buckets(response.aggregations().get(QUOTES))) {
      quotes.put(bucket.key(), bucket.docCount());
    }
    List<SpeakerCount> speakers = new ArrayList<>();
    for (StringTermsBucket bucket : buckets(response.aggregations().get(ARTICLES))) {
      String name = bucket.key();
      if (SpeakerNames.hasWordStartingWith(name, wanted)) {
        speakers.add(new SpeakerCount(name, bucket.docCount(), quotes.getOrDefault(name, 0L)));
      }
    }
    speakers.sort(SpeakerNames.MOST_QUOTED_FIRST);
    return List.copyOf(speakers.subList(0, Math.min(size, speakers.size())));
  }

  /** The names in a keyword field of one kind of document, with the documents that hold each. */
  private static Aggregation names(String kind, String field, String prefix) {
    return Aggregation.of(
        a ->
            a.filter(OpenSearchQueries.kind(kind))
                .aggregations(
                    NAMES,
                    n ->
                        n.terms(
                            t -> {
                              t.field(field).size(MAX_NAMES);
                              if (!prefix.isEmpty()) {
                                t.include(i -> i.regexp(containing(prefix)));
                              }
                              return t;
                            })));
  }

  private static List<StringTermsBucket> buckets(Aggregate filtered) {
    return filtered.filter().aggregations().get(NAMES).sterms().buckets().array();
  }

  /**
   * A regular expression (Lucene's syntax, which OpenSearch uses) for names that hold the prefix
   * anywhere, each letter in either case: wider than the word-prefix test, never narrower.
   */
  static String containing(String prefix) {
    StringBuilder regexp = new StringBuilder(".*");
    prefix
        .codePoints()
        .forEach(
            c -> {
              Set<Integer> cases =
                  new LinkedHashSet<>(
                      List.of(
                          c,
                          Character.toLowerCase(c),
                          Character.toUpperCase(c),
                          Character.toTitleCase(c)));
              if (Character.isLetter(c) && cases.size() > 1) {
                regexp.append('[');
                cases.forEach(regexp::appendCodePoint);
                regexp.append(']');
              } else if (Character.isLetterOrDigit(c)) {
                regexp.appendCodePoint(c);
              } else {
                regexp.append('\\').appendCodePoint(c);
              }
            });
    return regexp.append(".*").toString();
  }
}
