package org.newsindex.search;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsindex.SpeakerCount;

/**
 * How a speaker list is matched and ordered, whatever holds the index: a prefix matches any word of
 * a name, and the most quoted come first.
 */
public final class SpeakerNames {

  private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");

  /** Most quotes first, then most articles, then by name. */
  public static final Comparator<SpeakerCount> MOST_QUOTED_FIRST =
      Comparator.comparingLong(SpeakerCount::quotes)
          .reversed()
          .thenComparing(Comparator.comparingLong(SpeakerCount::articles).reversed())
          .thenComparing(SpeakerCount::name);

  private SpeakerNames() {}

  /**
   * A name as speaker filters match it: lower case and folded to ASCII, as the analyzers fold
   * words, so that {@code tony blair} and {@code Tony Blair}, {@code Roisin Shortall} and {@code
   * Róisín Shortall} are one speaker. Both backends index and ask for this form.
   */
  public static String key(String name) {
    return Schema.queryAnalyzer().normalize(Schema.SPEAKERS_KEY, name.strip()).utf8ToString();
  }

  /** The prefix as a speaker list matches it: stripped and lower case; empty for none. */
  public static String normalisePrefix(String prefix) {
    return prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
  }

  /** True when a word of the name starts with the (normalised) prefix, ignoring case. */
  public static boolean hasWordStartingWith(String name, String prefix) {
    if (prefix.isEmpty()) {
      return true;
    }
    for (String word : WORD_BREAK.split(name.toLowerCase(Locale.ROOT))) {
      if (word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
