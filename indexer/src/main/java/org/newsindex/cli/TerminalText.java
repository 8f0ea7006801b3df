package org.newsindex.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Highlighted HTML (escaped text, matches in {@code <mark>}) as text for a terminal: matches in
 * bold where the output is a terminal, plain where it is piped, the text unescaped either way.
 */
final class TerminalText {

  private static final String BOLD = "\u001b[1m";
  private static final String NORMAL = "\u001b[22m";
  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>", Pattern.DOTALL);

  private final boolean bold;

  /** Whether this process writes to a terminal: bold matches and live lines only there. */
  static boolean onTerminal() {
    return System.console() != null;
  }

  /** Text for this process's output: matches in bold on a terminal. */
  static TerminalText forOutput() {
    return new TerminalText(onTerminal());
  }

  /** @param bold whether matches are drawn in bold: only on a terminal */
  TerminalText(boolean bold) {
    this.bold = bold;
  }

  /** The text of highlighted HTML. */
  String of(String html) {
    Matcher mark = MARK.matcher(html);
    StringBuilder text = new StringBuilder(html.length());
    int at = 0;
    while (mark.find()) {
      text.append(unescape(html.substring(at, mark.start())));
      String match = unescape(mark.group(1));
      text.append(bold ? BOLD + match + NORMAL : match);
      at = mark.end();
    }
    return text.append(unescape(html.substring(at))).toString();
  }

  /** Undoes the highlighter's escaping, the ampersand last so that no entity is read twice. */
  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
  }
}
