package org.newsindex.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.spell.SuggestWordFrequencyComparator;
import org.newsindex.SearchResult;
import org.newsindex.search.Respelling;
import org.newsindex.search.Schema;
import org.newsindex.search.WordForms;

/**
 * "Did you mean" over a local index, by the rules of {@link Respelling}. Close words come straight
 * from the written words of the bodies ({@link WordForms}), so no separate dictionary is built or
 * kept in step.
 */
final class SpellingSuggester {

  /**
   * The fewest letters a typed word needs before a word two edits away can be {@link
   * Respelling#ACCURACY} alike: Lucene scores a close word {@code 1 - edits / letters} (the
   * shorter word's letters), so at 0.7 two edits need seven letters. A shorter word is looked up
   * within one edit only, which finds the same close words without enumerating the index's terms
   * again for two.
   */
  static final int TWO_EDITS_MIN_LETTERS = (int) Math.ceil(2 / (1 - Respelling.ACCURACY));

  private final DirectSpellChecker withinOneEdit = checker(1);
  private final DirectSpellChecker withinTwoEdits = checker(2);
  private final DirectSpellChecker forUnknownWords = unknownWordChecker(Respelling.UNKNOWN_WORD_PREFIX);
  private final DirectSpellChecker forUnknownFirstLetters = unknownWordChecker(0);

  /** A checker by {@link Respelling}'s rules that looks up to {@code maxEdits} edits away. */
  static DirectSpellChecker checker(int maxEdits) {
    DirectSpellChecker checker = new DirectSpellChecker();
    checker.setMaxEdits(maxEdits);
    checker.setMinQueryLength(Respelling.MIN_WORD_LENGTH);
    checker.setAccuracy(Respelling.ACCURACY);
    return checker;
  }

  /**
   * A checker for a word no text holds, by {@link Respelling}'s rules: within two edits, at least
   * {@link Respelling#UNKNOWN_WORD_ACCURACY} alike, the most common words first (OpenSearch's term
   * suggester sorted by frequency, with the same settings), sharing the first {@code prefix}
   * letters.
   */
  static DirectSpellChecker unknownWordChecker(int prefix) {
    DirectSpellChecker checker = checker(2);
    checker.setAccuracy(Respelling.UNKNOWN_WORD_ACCURACY);
    checker.setMinPrefix(prefix);
    checker.setMaxInspections(Respelling.INSPECTIONS);
    checker.setComparator(new SuggestWordFrequencyComparator());
    return checker;
  }

  /**
   * The respelling of a query that found {@code total} articles and what it finds, or {@code
   * null} when none finds more.
   */
  SearchResult.Suggestion suggest(
      IndexReader reader, String query, long total, Respelling.Counter counter) throws IOException {
    List<Respelling.Word> words = new ArrayList<>();
    for (String typed : Respelling.words(query)) {
      String word = typed.toLowerCase(Locale.ROOT);
      // The written words of the text fields; stems are marked, so never close to a typed word.
      Term body = new Term(Schema.PARAGRAPHS, word);
      long bodies = reader.docFreq(body);
      boolean known = bodies > 0 || reader.docFreq(new Term(Schema.HEADLINE, word)) > 0;
      List<Respelling.CloseWord> closeWords =
          known ? closeWords(reader, body) : unknownWordCloseWords(reader, body);
      words.add(new Respelling.Word(typed, known, bodies, closeWords));
    }
    return Respelling.suggest(query, total, words, counter);
  }

  /**
   * The words of the bodies close to a typed one that they hold, most alike first: one edit away
   * or two.
   */
  List<Respelling.CloseWord> closeWords(IndexReader reader, Term typed) throws IOException {
    String word = typed.text();
    DirectSpellChecker checker =
        word.codePointCount(0, word.length()) < TWO_EDITS_MIN_LETTERS
            ? withinOneEdit
            : withinTwoEdits;
    return closeWords(checker, reader, typed, Respelling.OPTIONS);
  }

  /**
   * The commonest words of the bodies close to a word they do not hold: those that share its first
   * letters ({@link Respelling#UNKNOWN_WORD_PREFIX}), else any.
   */
  private List<Respelling.CloseWord> unknownWordCloseWords(IndexReader reader, Term typed)
      throws IOException {
    List<Respelling.CloseWord> closeWords =
        closeWords(forUnknownWords, reader, typed, Respelling.UNKNOWN_WORD_OPTIONS);
    return closeWords.isEmpty()
        ? closeWords(forUnknownFirstLetters, reader, typed, Respelling.UNKNOWN_WORD_OPTIONS)
        : closeWords;
  }

  private static List<Respelling.CloseWord> closeWords(
      DirectSpellChecker checker, IndexReader reader, Term typed, int options) throws IOException {
    List<Respelling.CloseWord> closeWords = new ArrayList<>();
    for (SuggestWord close :
        checker.suggestSimilar(typed, options, reader, SuggestMode.SUGGEST_ALWAYS)) {
      closeWords.add(new Respelling.CloseWord(close.string, close.freq));
    }
    return closeWords;
  }
}
