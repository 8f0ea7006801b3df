package org.newsindex.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --all-copies} option of the commands that search, and how a hit's copies are told:
 * copies of one story collapse into one hit unless it is given, as the API's {@code collapse}.
 */
final class Copies {

  @Option(
      names = "--all-copies",
      description = "Every copy of a story, not only the best of them (the API's collapse=false).")
  boolean all;

  /** Whether copies of one story collapse into one hit. */
  boolean collapse() {
    return !all;
  }

  /** "  (and 2 copies)" after a hit that stands for other articles; nothing after one alone. */
  static String of(int duplicates) {
    return switch (duplicates) {
      case 0 -> "";
      case 1 -> "  (and 1 copy)";
      default -> String.format(Locale.ROOT, "  (and %d copies)", duplicates);
    };
  }
}
