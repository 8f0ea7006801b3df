package org.newsindex.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;

/**
 * The English words whose stem KStem gets wrong, with the stem they should have: read from the
 * table {@value #TABLE}, which is made from a part-of-speech dictionary (see the table's head).
 *
 * <p>KStem stems only words its own dictionary lacks, so plurals and verb forms that the dictionary
 * lists ({@code games}, {@code years}, {@code running}) never meet their base form; and it keeps
 * nouns in {@code -ion} apart from their verbs ({@code restrictions}, {@code restrict}). The table
 * joins both kinds, and nothing else: words that only look alike ({@code news} and {@code new},
 * {@code university} and {@code universe}) are not in it, and KStem keeps them apart.
 *
 * <p>Analysis puts the table before KStem, as a {@link StemmerOverrideFilter}: a word in the table
 * gets its stem and is not stemmed again; any other word goes to KStem. The OpenSearch backend
 * builds the same chain from the same {@link #rules()}, so both index a word as the same term.
 */
public final class EnglishStems {

  /** The table: a resource beside this class, one {@code word<TAB>stem} a line, {@code #} notes. */
  static final String TABLE = "english-stems.txt";

  private EnglishStems() {}

  /** The table's words and stems, in table order. */
  static Map<String, String> table() {
    return Table.STEMS;
  }

  /** The table as {@link StemmerOverrideFilter} uses it; built once, shared by every filter. */
  static StemmerOverrideMap map() {
    return Table.MAP;
  }

  /** The table as OpenSearch's {@code stemmer_override} filter takes it: {@code word => stem}. */
  public static List<String> rules() {
    List<String> rules = new ArrayList<>(Table.STEMS.size());
    Table.STEMS.forEach((word, stem) -> rules.add(word + " => " + stem));
    return rules;
  }

  /** Read on first use, once per JVM. */
  private static final class Table {

    static final Map<String, String> STEMS = read();
    static final StemmerOverrideMap MAP = build(STEMS);

    private static Map<String, String> read() {
      Map<String, String> stems = new LinkedHashMap<>();
      try (InputStream in = EnglishStems.class.getResourceAsStream(TABLE)) {
        if (in == null) {
          throw new IllegalStateException("the stem table " + TABLE + " is missing from the jar");
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.isEmpty() || line.startsWith("#")) {
            continue;
          }
          int tab = line.indexOf('\t');
          stems.put(line.substring(0, tab), line.substring(tab + 1));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the stem table " + TABLE, e);
      }
      return Collections.unmodifiableMap(stems);
    }

    private static StemmerOverrideMap build(Map<String, String> stems) {
      StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
      stems.forEach(builder::add);
      try {
        return builder.build();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot build the stem table " + TABLE, e);
      }
    }
  }
}
