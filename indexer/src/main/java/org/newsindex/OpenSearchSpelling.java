package org.newsindex;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.opensearch.client.opensearch._types.SuggestMode;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Suggest;
import org.opensearch.client.opensearch.core.search.TermSuggestOption;

/**
 * Respells a query's unknown words from an OpenSearch index, as {@link SpellingSuggester} does from
 * a local one: a word found in no headline and no body is replaced by the closest body word.
 * OpenSearch's term suggester is Lucene's {@code DirectSpellChecker}, run with the same settings
 * over the same unstemmed field. One request asks about every word of the query.
 */
final class OpenSearchSpelling {

  private final OpenSearchConnection connection;

  OpenSearchSpelling(OpenSearchConnection connection) {
    this.connection = connection;
  }

  /** The query with its unknown words respelt, or {@code null} when there is nothing to respell. */
  String respell(String query) throws IOException {
    List<String> words = new ArrayList<>(SpellingSuggester.words(query));
    if (words.isEmpty()) {
      return null;
    }
    SearchResponse<Void> response = connection.client().search(request(words), Void.class);
    Map<String, String> replacements = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      boolean known = response.aggregations().get(name(i)).filter().docCount() > 0;
      if (!known) {
        closest(response.suggest().get(name(i))).ifPresent(better -> replacements.put(word, better));
      }
    }
    return SpellingSuggester.respell(query, replacements);
  }

  /**
   * For each word: a filter aggregation counting the documents that hold it in a headline or a
   * body, and a term suggestion for it from the bodies.
   */
  private SearchRequest request(List<String> words) {
    return SearchRequest.of(
        s -> {
          s.index(connection.index()).size(0).query(q -> q.matchAll(m -> m));
          s.suggest(
              suggest -> {
                for (int i = 0; i < words.size(); i++) {
                  String word = lowerCase(words.get(i));
                  suggest.suggesters(
                      name(i),
                      f ->
                          f.text(word)
                              .term(
                                  t ->
                                      t.field(Schema.PARAGRAPHS_EXACT)
                                          .suggestMode(SuggestMode.Missing)
                                          .size(1)
                                          .minWordLength(SpellingSuggester.MIN_WORD_LENGTH)));
                }
                return suggest;
              });
          for (int i = 0; i < words.size(); i++) {
            String word = lowerCase(words.get(i));
            Query inText =
                Query.of(
                    q ->
                        q.bool(
                            b ->
                                b.should(OpenSearchQueries.term(Schema.PARAGRAPHS_EXACT, word))
                                    .should(OpenSearchQueries.term(Schema.HEADLINE_EXACT, word))));
            s.aggregations(name(i), a -> a.filter(inText));
          }
          return s;
        });
  }

  private static Optional<String> closest(List<Suggest<Void>> suggestions) {
    if (suggestions == null) {
      return Optional.empty();
    }
    for (Suggest<Void> suggestion : suggestions) {
      if (suggestion.isTerm()) {
        List<TermSuggestOption> options = suggestion.term().options();
        // The client cannot ask for the local accuracy, so the suggester answers with its own
        // lower one, best first, and a suggestion less alike than the local one takes is dropped.
        if (!options.isEmpty() && options.get(0).score() >= SpellingSuggester.ACCURACY) {
          return Optional.of(options.get(0).text());
        }
      }
    }
    return Optional.empty();
  }

  private static String name(int word) {
    return "w" + word;
  }

  private static String lowerCase(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
