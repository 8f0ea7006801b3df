package org.newsindex.parse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsindex.Article;

/**
 * Turns the text of one article file into an {@link Article}.
 *
 * <p>Two layouts are read, told apart per file by their first line:
 * <ul>
 *   <li>Plain: the first non-empty line is the headline, optionally preceded by a line
 *       {@code Date: <text>} (the Reuters corpus) or by a date line as web pages label it ({@code
 *       Published: 3 December 2026}, {@code Last updated on Dec 2, 2026}).
 *   <li>Seed: the first line is a bare date ({@code Tuesday / March 19.}), then a site breadcrumb
 *       glued to the headline ({@code HomeFT SelectUS officials ...}), then the headline on its own
 *       line, and a last line {@code Via FT} naming the source.
 * </ul>
 * In both, paragraphs are blocks of lines between blank lines, each block's lines joined by one
 * space. A line that ends with the next line (and is longer) is taken for a breadcrumb wherever it
 * stands before the headline; a last line {@code Via <name>} gives the source in either layout.
 *
 * <p>Text is kept as written: only the ends of lines are trimmed, so curly quotes, non-breaking
 * spaces inside lines and currency signs reach the index untouched.
 */
public final class ArticleParser {

  /**
   * The version of what the parse package makes of its input: raise it whenever a change here, in
   * {@link JsonArticleReader} or in {@link SpeakerExtractor} would turn the same input into a
   * different article, so that the indexer's content hashes change and every file is read again.
   */
  public static final int VERSION = 19;

  private static final String DATE_PREFIX = "date:";
  // A source is a short name ("FT", "The Wall Street Journal"), not a sentence that happens to
  // start with "Via", so it starts with a capital or digit, has few words and no sentence marks.
  private static final String NAME_CHARS = "[\\p{L}\\p{N}&.'\\u2019-]";
  private static final String SOURCE_WORD = "Via";
  private static final Pattern SOURCE_LINE = Pattern.compile(
      SOURCE_WORD + "\\s+([\\p{Lu}\\p{N}]" + NAME_CHARS + "*(?:\\s+" + NAME_CHARS + "+){0,5})");
  private static final int MAX_SOURCE_LENGTH = 60;
  // A wire dateline opens the first paragraph: a place in capitals (or two, "LONDON/FRANKFURT"),
  // perhaps the day, then the agency in brackets and a dash, or a capital where the dash is left
  // out ("WASHINGTON (AP) —", "NEW YORK, Dec 2 (Reuters) -", "NAVI MUMBAI, Dec 3 (IANS) Prime").
  private static final Pattern DATELINE = Pattern.compile(
      "\\p{Lu}[\\p{Lu} .'/-]*\\p{Lu}(?:, \\p{L}+\\.? \\d{1,2})? "
          + "\\((\\p{Lu}[\\p{L}&.'-]*(?: \\p{Lu}[\\p{L}&.'-]*){0,2})\\)"
          + "(?: ?[\u2014\u2013-] | (?=\\p{Lu}\\p{Ll}))");

  private final ArticleDates dates;
  private final SpeakerExtractor speakers;

  /**
   * Creates a parser. The clock decides "today" for dates written without a year, so tests can fix
   * it; the extractor finds who is quoted and what they said.
   */
  public ArticleParser(Clock clock, SpeakerExtractor speakers) {
    this.dates = new ArticleDates(Objects.requireNonNull(clock, "clock"));
    this.speakers = Objects.requireNonNull(speakers, "speakers");
  }

  /** Creates a parser on the system clock with the standard speaker extractor. */
  public ArticleParser() {
    this(Clock.systemDefaultZone(), new SpeakerExtractor());
  }

  /**
   * Parses the text of one article file.
   *
   * @param id   the article's id, passed through to the {@link Article} unchanged
   * @param text the whole file; {@code \n}, {@code \r\n} and {@code \r} line ends are all accepted
   * @return the article; date, date text and source are {@code null} when the text gives none
   * @throws MalformedArticleException when the text has no headline (it is empty or blank), so the
   *     indexer can report the file and skip it
   */
  public Article parse(String id, String text) throws MalformedArticleException {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    List<List<String>> blocks = TextBlocks.split(text);
    String dateText = takeDateLine(blocks);
    if (blocks.isEmpty()) {
      throw new MalformedArticleException(
          dateText == null ? "no headline: the text is empty" : "no headline after the date line");
    }
    String headline = takeHeadline(blocks);
    String source = takeSource(blocks);
    List<String> paragraphs = blocks.stream().map(lines -> String.join(" ", lines)).toList();
    return complete(new WrittenArticle(id, headline, dateText, source, paragraphs));
  }

  /**
   * Completes an article that a structured source already split into fields: reads its date (any
   * form this parser understands, ISO included), takes a wire agency's dateline for its source
   * when it names none, and finds its speakers and quotations, exactly as for an article file.
   */
  public Article complete(WrittenArticle written) {
    Objects.requireNonNull(written, "written");
    LocalDate date = dates.parse(written.dateText()).orElse(null);
    Speech speech = speakers.extract(written.paragraphs());
    String source =
        written.source() != null ? written.source() : datelineAgency(written.paragraphs());
    return new Article(
        written.id(),
        written.headline(),
        date,
        written.dateText(),
        source,
        written.paragraphs(),
        speech.speakers(),
        speech.quotes());
  }

  /** Removes and returns the date line's text, or returns null when the first line is no date. */
  private String takeDateLine(List<List<String>> blocks) {
    if (blocks.isEmpty()) {
      return null;
    }
    String first = blocks.getFirst().getFirst();
    String dateText;
    if (first.toLowerCase(Locale.ROOT).startsWith(DATE_PREFIX)) {
      dateText = withoutTrailingPeriod(TextBlocks.strip(first.substring(DATE_PREFIX.length())));
    } else {
      dateText = labelledDate(first);
      if (dateText == null && dates.isDate(first)) {
        // A bare first line is a date only if it is written as one; otherwise it is the headline.
        dateText = withoutTrailingPeriod(first);
      }
      if (dateText == null) {
        return null;
      }
    }
    removeFirstLine(blocks);
    return dateText.isEmpty() ? null : dateText;
  }

  /**
   * The date of a date line as web pages label it ("Published: 3 December 2026"), without its
   * label, or null for another line: such a line is the date line when what follows its label
   * reads as a date.
   */
  private String labelledDate(String line) {
    String afterLabel = ArticleDates.withoutLabel(line);
    if (afterLabel.equals(line.strip())) {
      return null;
    }
    String dateText = withoutTrailingPeriod(afterLabel);
    return dates.isDate(dateText) ? dateText : null;
  }

  /** Removes and returns the headline, dropping a breadcrumb line glued to its front. */
  private static String takeHeadline(List<List<String>> blocks) {
    // Only a one-line block followed by a one-line block can be breadcrumb + headline; a
    // paragraph that happens to end like the line before it must not become the headline.
    if (blocks.size() > 1 && blocks.get(0).size() == 1 && blocks.get(1).size() == 1) {
      String candidate = blocks.get(0).getFirst();
      String next = blocks.get(1).getFirst();
      if (candidate.length() > next.length() && candidate.endsWith(next)) {
        blocks.removeFirst();
      }
    }
    return removeFirstLine(blocks);
  }

  /** Removes a final {@code Via <name>} line and returns the name, or returns null. */
  private static String takeSource(List<List<String>> blocks) {
    if (blocks.isEmpty()) {
      return null;
    }
    List<String> last = blocks.getLast();
    if (!last.getLast().startsWith(SOURCE_WORD)) {
      // Most articles end in a paragraph: no need to run the pattern.
      return null;
    }
    Matcher matcher = SOURCE_LINE.matcher(last.getLast());
    if (!matcher.matches() || matcher.group(1).length() > MAX_SOURCE_LENGTH) {
      return null;
    }
    last.removeLast();
    if (last.isEmpty()) {
      blocks.removeLast();
    }
    return matcher.group(1);
  }

  /**
   * The agency a wire story's dateline names ("WASHINGTON (AP) —", "NEW YORK, Dec 2 (Reuters) -")
   * at the start of its first paragraph, or of its second, after a byline; null without one. The
   * paragraph keeps its dateline: it is text as written.
   */
  private static String datelineAgency(List<String> paragraphs) {
    for (String paragraph : paragraphs.subList(0, Math.min(2, paragraphs.size()))) {
      Matcher dateline = DATELINE.matcher(paragraph);
      if (dateline.lookingAt() && dateline.group(1).length() <= MAX_SOURCE_LENGTH) {
        return dateline.group(1);
      }
    }
    return null;
  }

  private static String removeFirstLine(List<List<String>> blocks) {
    List<String> first = blocks.getFirst();
    String line = first.removeFirst();
    if (first.isEmpty()) {
      blocks.removeFirst();
    }
    return line;
  }

  private static String withoutTrailingPeriod(String text) {
    return text.endsWith(".") ? TextBlocks.strip(text.substring(0, text.length() - 1)) : text;
  }
}
