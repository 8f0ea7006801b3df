package org.newsindex.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryIterator;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Makes the stem table of {@link EnglishStems} from LanguageTool's English part-of-speech
 * dictionary ({@code org.languagetool:english-pos-dict}, LGPL 2.1), which lists every inflected
 * form of a word with its lemma and part of speech. Run {@link #main} to rewrite the table after
 * changing a rule here; {@code EnglishStemTableTest} fails while the shipped table differs from
 * what this makes.
 *
 * <p>The rules, for each lower-case word of the dictionary:
 *
 * <ol>
 *   <li>Inflection: a plural noun or a verb form (tags NNS, VBD, VBG, VBN, VBZ) has the lemma of
 *       that reading. When the word has several, the lemma that Porter2 stems as the word wins
 *       (a regular inflection: {@code prices} is {@code price}, not the Latin {@code prex}), then
 *       the longest shared beginning, then a noun over a verb. An irregular reading ({@code
 *       women}, {@code children}) counts only when the word has no reading of its own, so that
 *       {@code saw}, {@code left} and {@code found} stay themselves.
 *   <li>Nominalisation: a noun in {@code -ion} joins its verb when the dictionary has a verb that
 *       Porter2 stems alike and whose spelling the noun begins with, but for its last two letters
 *       at most ({@code restriction} to {@code restrict}, {@code nomination} to {@code nominate},
 *       {@code organisation} to {@code organise}; never {@code publication} to {@code public},
 *       which is no verb).
 *   <li>The stem is KStem's stem of the result; the table keeps only the words for which it
 *       differs from KStem's stem of the word itself, since analysis sends every other word to
 *       KStem.
 * </ol>
 */
final class EnglishStemTable {

  private static final String DICTIONARY = "org/languagetool/resource/en/english.dict";

  /** Words as analysis sees them after lower-casing and folding: plain letters only. */
  private static final Pattern WORD = Pattern.compile("[a-z]+");

  private static final Set<String> INFLECTED_TAGS = Set.of("NNS", "VBD", "VBG", "VBN", "VBZ");

  /** How short a verb may be to take a noun in -ion: shorter ones ({@code act}) collide. */
  private static final int MIN_VERB_LENGTH = 4;

  private final Map<String, List<Reading>> readings = new HashMap<>();
  private final Map<String, Set<String>> verbsByPorterStem = new HashMap<>();
  private final EnglishStemmer porter = new EnglishStemmer();
  private final Analyzer kstem = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer words = new KeywordTokenizer();
      return new TokenStreamComponents(words, new KStemFilter(words));
    }
  };

  /** One reading of a word in the dictionary: its lemma, and whether that reading is inflected. */
  private record Reading(String lemma, String tag, boolean inflected) {}

  private EnglishStemTable() throws IOException {
    URL url = EnglishStemTable.class.getClassLoader().getResource(DICTIONARY);
    Dictionary dictionary = Dictionary.read(url);
    DictionaryIterator entries =
        new DictionaryIterator(dictionary, dictionary.metadata.getDecoder(), true);
    while (entries.hasNext()) {
      WordData entry = entries.next();
      String word = entry.getWord().toString();
      String lemma = entry.getStem().toString();
      String tag = entry.getTag() == null ? "" : entry.getTag().toString();
      if (!WORD.matcher(word).matches() || !WORD.matcher(lemma).matches()) {
        continue; // capitalised names, hyphens, apostrophes: never tokens of their own
      }
      boolean inflected = INFLECTED_TAGS.contains(tag) && !lemma.equals(word);
      readings.computeIfAbsent(word, w -> new ArrayList<>()).add(new Reading(lemma, tag, inflected));
      if (tag.equals("VB")) {
        verbsByPorterStem.computeIfAbsent(porter(lemma), s -> new TreeSet<>()).add(lemma);
      }
    }
  }

  /** The table: each word whose stem differs from KStem's, with its stem, in word order. */
  static SortedMap<String, String> generate() throws IOException {
    EnglishStemTable table = new EnglishStemTable();
    SortedMap<String, String> stems = new TreeMap<>();
    for (String word : table.readings.keySet()) {
      if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
        continue; // removed before stemming
      }
      String stem = table.kstem(table.nominalisation(table.lemma(word)));
      if (!stem.equals(table.kstem(word))) {
        stems.put(word, stem);
      }
    }
    return stems;
  }

  /** Writes the table with its head; {@code args[0]} is the file, the resource by default. */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0]
        : "indexer/src/main/resources/org/newsindex/search/" + EnglishStems.TABLE);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(head());
      for (Map.Entry<String, String> stem : generate().entrySet()) {
        out.write(stem.getKey() + "\t" + stem.getValue() + "\n");
      }
    }
  }

  /** The notes at the top of the table: what it is, where it comes from, its licence. */
  static String head() {
    return """
        # English words whose stem KStem gets wrong, and the stem they get: plurals and verb forms
        # joined to their lemma, nouns in -ion to their verb. Read by org.newsindex.search.EnglishStems.
        # Made by EnglishStemTable (indexer/src/test) from LanguageTool's English part-of-speech
        # dictionary, org.languagetool:english-pos-dict 0.3, which is licensed under the GNU Lesser
        # General Public License 2.1 (https://www.gnu.org/licenses/old-licenses/lgpl-2.1.txt); this
        # table, derived from it, is distributed under the same licence. Do not edit by hand.
        """;
  }

  /** The word's lemma by the inflection rule, or the word itself. */
  private String lemma(String word) {
    String porterStem = porter(word);
    Reading best = null;
    int bestScore = -1;
    boolean ownReading = false;
    for (Reading reading : readings.get(word)) {
      if (!reading.inflected()) {
        ownReading = true;
        continue;
      }
      boolean regular = porter(reading.lemma()).equals(porterStem);
      int score = (regular ? 1_000_000 : 0) + 10 * sharedStart(word, reading.lemma())
          + (reading.tag().equals("NNS") ? 1 : 0);
      if (score > bestScore || (score == bestScore && reading.lemma().compareTo(best.lemma()) < 0)) {
        best = reading;
        bestScore = score;
      }
    }
    if (best == null || (bestScore < 1_000_000 && ownReading)) {
      return word;
    }
    return best.lemma();
  }

  /** The verb a noun in -ion comes from, by the nominalisation rule, or the noun itself. */
  private String nominalisation(String noun) {
    if (!noun.endsWith("ion")) {
      return noun;
    }
    String verb = noun;
    int best = -1;
    for (String candidate : verbsByPorterStem.getOrDefault(porter(noun), Set.of())) {
      int shared = sharedStart(noun, candidate);
      if (candidate.length() >= MIN_VERB_LENGTH && shared >= candidate.length() - 2
          && shared > best) {
        verb = candidate;
        best = shared;
      }
    }
    return verb;
  }

  private String porter(String word) {
    porter.setCurrent(word);
    porter.stem();
    return porter.getCurrent();
  }

  private String kstem(String word) {
    try (TokenStream stream = kstem.tokenStream("", word)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String stem = stream.incrementToken() ? term.toString() : word;
      stream.end();
      return stem;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int sharedStart(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }
}
