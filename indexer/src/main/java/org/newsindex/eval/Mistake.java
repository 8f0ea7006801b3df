package org.newsindex.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One mistake of the extraction in one article, with its {@link MistakeKind}.
 *
 * @param kind what went wrong
 * @param what the names or the quotation concerned, as a report shows them
 */
public record Mistake(MistakeKind kind, String what) {

  /** A lone capital with a full stop, as "U.S." leaves behind: "S. Treasury". */
  private static final Pattern INITIAL = Pattern.compile("(^|\\s)\\p{Lu}\\.");

  /**
   * Sorts the mistakes of one article into kinds. An extra name that is a gold name with words
   * glued before it, or a gold name cut short, is one mistake of that kind, not a missing and an
   * extra speaker.
   */
  public static List<Mistake> of(ArticleMistakes article) {
    List<Mistake> mistakes = new ArrayList<>();
    Set<String> missing = new LinkedHashSet<>(article.missing());
    for (String extra : article.extra()) {
      String gold = longerForm(extra, article.missing());
      if (gold != null) {
        missing.remove(gold);
        mistakes.add(new Mistake(MistakeKind.SHORT_NAME, extra + " for " + gold));
        continue;
      }
      gold = shorterForm(extra, article.missing());
      if (gold != null) {
        missing.remove(gold);
        mistakes.add(new Mistake(MistakeKind.DESCRIPTOR, extra + " for " + gold));
      } else if (INITIAL.matcher(extra).find()) {
        mistakes.add(new Mistake(MistakeKind.INITIALS, extra));
      } else {
        mistakes.add(new Mistake(MistakeKind.NOT_A_SPEAKER, extra));
      }
    }
    for (String name : missing) {
      mistakes.add(new Mistake(MistakeKind.MISSED_SPEAKER, name));
    }
    for (ArticleMistakes.Misattribution quote : article.misattributed()) {
      mistakes.add(new Mistake(quoteKind(quote), "\"" + quote.start() + "\": expected "
          + quote.expected() + ", " + (quote.found() ? "got " + quote.foundSpeaker() : "not found")));
    }
    return mistakes;
  }

  private static MistakeKind quoteKind(ArticleMistakes.Misattribution quote) {
    if (!quote.found()) {
      return MistakeKind.QUOTE_NOT_FOUND;
    }
    String got = quote.foundSpeaker();
    if (got == null) {
      return MistakeKind.UNATTRIBUTED_QUOTE;
    }
    if (quote.expected() == null) {
      return MistakeKind.SPEAKER_FOR_UNNAMED;
    }
    if (got.endsWith(" " + quote.expected())) {
      return MistakeKind.DESCRIPTOR;
    }
    if (quote.expected().endsWith(" " + got) || quote.expected().startsWith(got + " ")) {
      return MistakeKind.SHORT_NAME;
    }
    return INITIAL.matcher(got).find() ? MistakeKind.INITIALS : MistakeKind.WRONG_SPEAKER;
  }

  /** The gold name that {@code found} is a part of ("van Dijk" of "Maria van Dijk"), or null. */
  private static String longerForm(String found, List<String> gold) {
    for (String name : gold) {
      if (name.endsWith(" " + found) || name.startsWith(found + " ")) {
        return name;
      }
    }
    return null;
  }

  /** The gold name that ends {@code found} after words glued before it, or null. */
  private static String shorterForm(String found, List<String> gold) {
    for (String name : gold) {
      if (found.endsWith(" " + name)) {
        return name;
      }
    }
    return null;
  }
}
