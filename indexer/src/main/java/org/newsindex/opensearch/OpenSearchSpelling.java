package org.newsindex.opensearch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsindex.SearchResult;
import org.newsindex.search.Respelling;
import org.newsindex.search.Schema;
import org.opensearch.client.opensearch._types.SuggestMode;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Suggest;
import org.opensearch.client.opensearch.core.search.SuggestSort;
import org.opensearch.client.opensearch.core.search.TermSuggester;
import org.opensearch.client.opensearch.core.search.TermSuggestOption;

/**
 * "Did you mean" over an OpenSearch index, by the rules of {@link Respelling}, as {@code
 * SpellingSuggester} does over a local one. OpenSearch's term suggester is Lucene's {@code
 * DirectSpellChecker}, run with the same settings over the same unstemmed field. One request asks
 * about every word of the query.
 */
final class OpenSearchSpelling {

  private final OpenSearchConnection connection;

  OpenSearchSpelling(OpenSearchConnection connection) {
    this.connection = connection;
  }

  /**
   * The respelling of a query that found {@code total} articles and what it finds, or {@code
   * null} when none finds more.
   */
  SearchResult.Suggestion suggest(String query, long total, Respelling.Counter counter)
      throws IOException {
    List<String> typed = new ArrayList<>(Respelling.words(query));
    if (typed.isEmpty()) {
      return null;
    }
    SearchResponse<Void> response = connection.client().search(request(typed), Void.class);
    List<Respelling.Word> words = new ArrayList<>();
    for (int i = 0; i < typed.size(); i++) {
      boolean known = response.aggregations().get(known(i)).filter().docCount() > 0;
      long bodies = response.aggregations().get(bodies(i)).filter().docCount();
      List<Respelling.CloseWord> closeWords = known
          ? closeWords(response.suggest().get(suggestion(i)), Respelling.ACCURACY)
          : unknownWordCloseWords(response, i);
      words.add(new Respelling.Word(typed.get(i), known, bodies, closeWords));
    }
    return Respelling.suggest(query, total, words, counter);
  }

  /**
   * For each word: filter aggregations counting the documents that hold it in a headline or a
   * body, and in a body; and the close words of the bodies.
   */
  private SearchRequest request(List<String> words) {
    return SearchRequest.of(
        s -> {
          s.index(connection.index()).size(0).query(q -> q.matchAll(m -> m));
          s.suggest(
              suggest -> {
                for (int i = 0; i < words.size(); i++) {
                  String word = lowerCase(words.get(i));
                  // Known words: the closest first. Words no text holds: the suggester's own
                  // accuracy, which is Respelling.UNKNOWN_WORD_ACCURACY, the commonest first.
                  suggest.suggesters(suggestion(i), f -> f.text(word).term(t -> closeWords(t)
                      .size(Respelling.OPTIONS)));
                  suggest.suggesters(unknownSuggestion(i), f -> f.text(word).term(t ->
                      unknownWordCloseWords(t, Respelling.UNKNOWN_WORD_PREFIX)));
                  suggest.suggesters(unknownFirstLetterSuggestion(i), f -> f.text(word).term(t ->
                      unknownWordCloseWords(t, 0)));
                }
                return suggest;
              });
          for (int i = 0; i < words.size(); i++) {
            String word = lowerCase(words.get(i));
            Query inBody = OpenSearchQueries.term(Schema.PARAGRAPHS_EXACT, word);
            Query inText =
                Query.of(
                    q ->
                        q.bool(
                            b -> b.should(inBody)
                                .should(OpenSearchQueries.term(Schema.HEADLINE_EXACT, word))));
            s.aggregations(known(i), a -> a.filter(inText));
            s.aggregations(bodies(i), a -> a.filter(inBody));
          }
          return s;
        });
  }

  /** A term suggester over the bodies' written words, for every word long enough to respell. */
  private static TermSuggester.Builder closeWords(TermSuggester.Builder suggester) {
    return suggester
        .field(Schema.PARAGRAPHS_EXACT)
        .suggestMode(SuggestMode.Always)
        .minWordLength(Respelling.MIN_WORD_LENGTH);
  }

  /**
   * A term suggester over the bodies' written words for a word they do not hold: the commonest
   * first, within two edits, sharing the first {@code prefix} letters.
   */
  private static TermSuggester.Builder unknownWordCloseWords(
      TermSuggester.Builder suggester, int prefix) {
    return closeWords(suggester)
        .size(Respelling.UNKNOWN_WORD_OPTIONS)
        .maxEdits(2)
        .prefixLength(prefix)
        .maxInspections(Respelling.INSPECTIONS)
        .sort(SuggestSort.Frequency);
  }

  /**
   * The close words of the {@code word}-th typed word, which no text holds: those that share its
   * first letters ({@link Respelling#UNKNOWN_WORD_PREFIX}), else any.
   */
  private static List<Respelling.CloseWord> unknownWordCloseWords(
      SearchResponse<Void> response, int word) {
    List<Respelling.CloseWord> closeWords =
        closeWords(response.suggest().get(unknownSuggestion(word)), Respelling.UNKNOWN_WORD_ACCURACY);
    return closeWords.isEmpty()
        ? closeWords(
            response.suggest().get(unknownFirstLetterSuggestion(word)),
            Respelling.UNKNOWN_WORD_ACCURACY)
        : closeWords;
  }

  private static List<Respelling.CloseWord> closeWords(
      List<Suggest<Void>> suggestions, float accuracy) {
    List<Respelling.CloseWord> closeWords = new ArrayList<>();
    if (suggestions == null) {
      return closeWords;
    }
    for (Suggest<Void> suggestion : suggestions) {
      if (suggestion.isTerm()) {
        for (TermSuggestOption option : suggestion.term().options()) {
          // The client cannot ask for an accuracy, so the suggester answers with its own, lower
          // than a known word's: a word less alike than the local one takes is dropped.
          if (option.score() >= accuracy) {
            closeWords.add(new Respelling.CloseWord(option.text(), option.freq()));
          }
        }
      }
    }
    return closeWords;
  }

  private static String suggestion(int word) {
    return "w" + word;
  }

  private static String unknownSuggestion(int word) {
    return "u" + word;
  }

  private static String unknownFirstLetterSuggestion(int word) {
    return "f" + word;
  }

  private static String known(int word) {
    return "known" + word;
  }

  private static String bodies(int word) {
    return "bodies" + word;
  }

  private static String lowerCase(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
