package org.newsindex;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Respells the words of a query that the index does not hold, with the closest words it does
 * ({@code kremlim} to {@code kremlin}). Suggestions come straight from the unstemmed body terms, so
 * no separate dictionary is built or kept in step.
 */
final class SpellingSuggester {

  /** A query word: letters, with inner apostrophes; operators and punctuation stay as typed. */
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");

  /** Shorter words are never respelt: too many words lie within an edit or two of them. */
  static final int MIN_WORD_LENGTH = 4;

  /** How alike a suggestion must be to the word, 0 to 1: close enough to be the word meant. */
  static final float ACCURACY = 0.7f;

  private final DirectSpellChecker checker = new DirectSpellChecker();

  SpellingSuggester() {
    checker.setMinQueryLength(MIN_WORD_LENGTH);
    checker.setAccuracy(ACCURACY);
  }

  /** The query with its unknown words respelt, or {@code null} when there is nothing to respell. */
  String respell(IndexReader reader, String query) throws IOException {
    Map<String, String> replacements = new HashMap<>();
    for (String word : words(query)) {
      replacements.put(word, closestKnownWord(reader, word));
    }
    return respell(query, replacements);
  }

  /**
   * The words of a query that a respelling may replace, as typed: every word but the operators. A
   * backend looks them up in its index and hands its choices to {@link #respell(String, Map)}.
   */
  static Set<String> words(String query) {
    Set<String> words = new LinkedHashSet<>();
    Matcher matcher = WORD.matcher(query);
    while (matcher.find()) {
      if (!isOperator(matcher.group())) {
        words.add(matcher.group());
      }
    }
    return words;
  }

  /**
   * The query with each of its {@link #words} replaced by its entry in {@code replacements} (words
   * without one stay), or {@code null} when no word changes.
   */
  static String respell(String query, Map<String, String> replacements) {
    Matcher words = WORD.matcher(query);
    StringBuilder respelt = new StringBuilder();
    boolean changed = false;
    while (words.find()) {
      String word = words.group();
      String replacement = isOperator(word) ? word : replacements.getOrDefault(word, word);
      changed |= !replacement.equals(word);
      words.appendReplacement(respelt, Matcher.quoteReplacement(replacement));
    }
    words.appendTail(respelt);
    return changed ? respelt.toString() : null;
  }

  private String closestKnownWord(IndexReader reader, String word) throws IOException {
    Term term = new Term(Schema.PARAGRAPHS_EXACT, word.toLowerCase(Locale.ROOT));
    if (reader.docFreq(term) > 0 || reader.docFreq(new Term(Schema.HEADLINE_EXACT, term.text())) > 0) {
      return word;
    }
    SuggestWord[] suggestions =
        checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    return suggestions.length == 0 ? word : suggestions[0].string;
  }

  private static boolean isOperator(String word) {
    return word.equals("OR") || word.equals("AND") || word.equals("NOT");
  }
}
