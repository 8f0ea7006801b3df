package org.newsindex.parse;

import java.text.ParsePosition;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date an article gives, as written, into a {@link LocalDate}.
 *
 * <p>Accepted: ISO ({@code 2017-02-16}, also with a time and zone: {@code 2017-02-16T15:07:13Z}),
 * day first ({@code 16 February 2017}), month first ({@code Feb 16, 2017}), the Reuters wire form
 * ({@code 26-FEB-1987 15:07:13.72}), the form of e-mail and RSS ({@code Thu, 16 Feb 2017 15:07:13
 * GMT}), numbers alone when they can be read one way only ({@code 2017/02/16}, {@code 16/02/2017},
 * {@code 16.02.2017}) and the year-less seed form ({@code Thursday / February 16}); month and
 * weekday names full or abbreviated, in any case, with an optional leading weekday, ordinal suffix
 * and trailing period; a time and zone before or after the date ({@code 3:45 p.m. ET, Dec. 2,
 * 2026}, {@code 30 November 2026 18.04 GMT}) are passed over, the date kept as written. A label
 * ({@code Published: 3 December 2026}) is passed over too, and a web page's date line in parts
 * ({@code Friday, 4 December 2026 | 4:30 PM}, {@code By Jane Smith | 3 December 2026}, {@code Dec
 * 3, 2026 / 09:15 AM / Updated 2 hours ago}) gives the date of its one dated part when the others
 * hold no text of their own (a time, how long ago, a byline, a word or two such as a place). Day and
 * month numbers that could be either way ({@code 12/02/2026}) give no date: {@link #isDate} says
 * they are written as one. A year-less date is placed by its weekday in the latest year, not after
 * today, in which it falls on that weekday; a year-less date without a weekday could be any year,
 * so it gives no date. Anything else gives no date rather than an exception, since one odd date
 * must not cost an article.
 */
final class ArticleDates {

  /** Years to look back for a weekday match: one Gregorian cycle repeats every weekday pattern. */
  private static final int GREGORIAN_CYCLE_YEARS = 400;

  // Hours and minutes are written "15:07", "18.04" (the Guardian) or "3:45 p.m." (American copy).
  private static final String MERIDIEM = "\\s*(?i:[ap]\\.?m\\.?)";
  private static final String CLOCK =
      "(?:\\d+:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:" + MERIDIEM + ")?"
          + "|\\d{1,2}\\.\\d{2}(?:" + MERIDIEM + ")?|\\d{1,2}" + MERIDIEM + ")";
  // A clock time adds nothing to a calendar date, nor does the zone after it ("GMT", "+0100", the
  // "Z" of ISO 8601, whose "T" may stand before the time); and the Reuters corpus has impossible
  // hours ("605:12:19.12") that would otherwise sink a good date.
  private static final String ZONE = "(?:,?\\s*(?:Z|[+-]\\d{2}:?\\d{2}|[A-Za-z]{2,5}))?";
  private static final Pattern TRAILING_TIME = Pattern.compile(
      "(?:,?\\s+|(?<=\\d)T)(?:(?i:at)\\s+)?" + CLOCK + ZONE + "$");
  // A time before the date ("Updated 3:45 p.m. ET, Dec. 2, 2026") has a colon or a.m./p.m., so a
  // day such as the "16" of "16.02.2017" is never taken for one; its zone is capitals only, so that
  // a month name after it stays.
  private static final Pattern LEADING_TIME = Pattern.compile(
      "^(?:\\d{1,2}:\\d{2}(?:" + MERIDIEM + ")?|\\d{1,2}(?:\\.\\d{2})?" + MERIDIEM + ")"
          + "(?:\\s+[A-Z]{2,4}\\b)?\\s*,?\\s*(?=\\S)");
  // Numbers alone: day, month and year in some order, one separator throughout.
  private static final Pattern NUMERIC_DAY_FIRST_OR_MONTH_FIRST =
      Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})");
  private static final Pattern NUMERIC_YEAR_FIRST =
      Pattern.compile("(\\d{4})([/.-])(\\d{1,2})\\2(\\d{1,2})");
  private static final Pattern ORDINAL = Pattern.compile("(?<=\\d)(?:st|nd|rd|th)\\b",
      Pattern.CASE_INSENSITIVE);
  // Slashes, commas and abbreviation dots only separate the parts, so the formats below need only
  // spaces; hyphens stay because the Reuters form and ISO depend on them.
  private static final Pattern SEPARATORS = Pattern.compile("[\\s/,.]+");
  // Web pages label the date ("Published: 3 December 2026", "Last updated on Dec 2, 2026").
  private static final Pattern LABEL = Pattern.compile(
      "(?i)^(?:(?:first|last)\\s+)?(?:published|updated|posted)(?:\\s+on)?(?:\\s*[:\u2014\u2013-]\\s*|\\s+|$)");
  // A web page's date line may hold more than the date, in parts set apart by a bar, a bullet, or
  // a slash or dash between spaces: "Friday, 4 December 2026 | 4:30 PM", "By Jane Smith | 3
  // December 2026", "Dec 3, 2026 / 09:15 AM / Updated 2 hours ago".
  private static final Pattern PART_BREAK =
      Pattern.compile("\\s*[|\u2022\u00b7]\\s*|\\s+[/\u2014\u2013-]\\s+");
  // What such a line may hold beside its date: a time ("4:30 PM", "11:20 SAST"), how long ago
  // ("Updated 2 hours ago"), a byline ("By Jane Smith"), a label alone, or a few words such as a
  // place ("UK"); a longer part is text, and the line is no date line.
  private static final Pattern CLOCK_PART = Pattern.compile("(?:(?i:at)\\s+)?" + CLOCK + ZONE);
  private static final Pattern AGO = Pattern.compile(
      "(?i)(?:\\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d+\\s+and\\s+a\\s+half)"
          + "\\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\\s+ago");
  private static final Pattern BYLINE = Pattern.compile("By\\s+\\p{Lu}.{0,78}");
  private static final Pattern FEW_WORDS = Pattern.compile("[\\p{L}.'\u2019]+(?:\\s+[\\p{L}.'\u2019]+)?");
  private static final int MAX_DATE_LINE = 120;
  // A weekday before a date that it does not fit ("Tuesday 3 December 2026", a Thursday).
  private static final Pattern LEADING_WEEKDAY = Pattern.compile(
      "(?i)^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\\.?,?\\s+(?=\\S)");

  private static final String WEEKDAY = "[EEEE ][EEE ]";
  private static final String MONTH = "[MMMM][MMM]";

  private static final List<DateTimeFormatter> FORMATS = List.of(
      DateTimeFormatter.ISO_LOCAL_DATE,
      format(WEEKDAY + "d " + MONTH + " uuuu"),
      format(WEEKDAY + MONTH + " d uuuu"),
      format("d-" + MONTH + "-uuuu"),
      format(WEEKDAY + MONTH + " d"),
      format(WEEKDAY + "d " + MONTH));

  private final Clock clock;

  /** Creates a date reader that places year-less dates relative to today on {@code clock}. */
  ArticleDates(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The date {@code text} names, or empty when it names none or no single year fits: the text may
   * be a date alone, a labelled date ({@code Published: 3 December 2026}), or a date line in parts
   * of which one is the date ({@code Friday, 4 December 2026 | 4:30 PM}).
   */
  Optional<LocalDate> parse(String text) {
    // Every format has a day of the month in ASCII digits, and cleaning adds none: a text without
    // one (most first lines are a headline, not a date) is no date, found without any regex.
    if (text == null || !hasAsciiDigit(text)) {
      return Optional.empty();
    }
    Optional<LocalDate> date = parseDate(text);
    if (date.isPresent() || text.length() > MAX_DATE_LINE) {
      return date;
    }
    String afterLabel = withoutLabel(text);
    if (!afterLabel.equals(text.strip())) {
      date = parseDate(afterLabel);
    }
    return date.isPresent() ? date : parseParts(text);
  }

  /** The date of a line in parts: the one part that is a date, when the rest is no text. */
  private Optional<LocalDate> parseParts(String text) {
    String[] parts = PART_BREAK.split(text.strip());
    if (parts.length == 1) {
      return Optional.empty(); // the whole line, read above
    }
    Optional<LocalDate> date = Optional.empty();
    for (String part : parts) {
      Optional<LocalDate> partDate = parseDate(withoutLabel(part));
      if (partDate.isPresent()) {
        if (date.isPresent() && !date.equals(partDate)) {
          return Optional.empty();
        }
        date = partDate;
      } else if (!isBesideADate(part)) {
        return Optional.empty();
      }
    }
    return date;
  }

  /** Whether a part of a date line is what may stand beside its date: no text of its own. */
  private static boolean isBesideADate(String part) {
    String rest = withoutLabel(part);
    return rest.isEmpty()
        || CLOCK_PART.matcher(rest).matches()
        || AGO.matcher(rest).matches()
        || BYLINE.matcher(part).matches()
        || FEW_WORDS.matcher(rest).matches() && !hasAsciiDigit(rest);
  }

  /** The text after a date label ("Published:", "Last updated on"), or the text itself. */
  static String withoutLabel(String text) {
    Matcher label = LABEL.matcher(text.strip());
    return label.lookingAt() ? text.strip().substring(label.end()).strip() : text.strip();
  }

  /** Whether the text after a label says only how long ago ("Published 3 hours ago"). */
  private static boolean isTimeAgo(String text) {
    // Every first line is asked; only one that ends in "ago" is worth the two regexes.
    String end = text.stripTrailing();
    return end.regionMatches(true, end.length() - 3, "ago", 0, 3)
        && AGO.matcher(withoutLabel(text)).matches();
  }

  private Optional<LocalDate> parseDate(String text) {
    if (!hasAsciiDigit(text)) {
      return Optional.empty();
    }
    String cleaned = withoutTime(text);
    Optional<LocalDate> numeric = numericDate(cleaned);
    if (numeric.isPresent()) {
      return numeric;
    }
    cleaned = ORDINAL.matcher(cleaned).replaceAll("");
    cleaned = SEPARATORS.matcher(cleaned).replaceAll(" ").strip();
    for (DateTimeFormatter format : FORMATS) {
      if (!readsWhole(format, cleaned)) {
        // Checked first because a failed DateTimeFormatter.parse costs an exception.
        continue;
      }
      try {
        return resolve(format.parse(cleaned));
      } catch (DateTimeException notThisFormat) {
        // Try the next format; a text none of them reads simply has no date.
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the text is written as a date: one that {@link #parse} reads, numbers alone whose day
   * and month could be either way ({@code 12/02/2026}), a date whose weekday does not fit it
   * ({@code Tuesday 3 December 2026}, a Thursday), or how long ago ({@code Published 3 hours ago});
   * it gives no date for the last three.
   */
  boolean isDate(String text) {
    if (text == null) {
      return false;
    }
    if (isTimeAgo(text)) {
      return true;
    }
    if (!hasAsciiDigit(text)) {
      return false;
    }
    if (parse(text).isPresent()) {
      return true;
    }
    String bare = withoutTime(withoutLabel(text));
    Matcher weekday = LEADING_WEEKDAY.matcher(bare);
    return NUMERIC_DAY_FIRST_OR_MONTH_FIRST.matcher(bare).matches()
        || weekday.lookingAt() && parse(bare.substring(weekday.end())).isPresent();
  }

  private static String withoutTime(String text) {
    String cleaned = TRAILING_TIME.matcher(text.strip()).replaceFirst("");
    return LEADING_TIME.matcher(cleaned).replaceFirst("");
  }

  /**
   * The date of a text of numbers alone: year first, or day and month in the order that their
   * values allow (a day above 12, or the same number twice); empty for any other text, and for
   * numbers that could be read either way.
   */
  private static Optional<LocalDate> numericDate(String text) {
    Matcher yearFirst = NUMERIC_YEAR_FIRST.matcher(text);
    if (yearFirst.matches()) {
      return date(number(yearFirst, 1), number(yearFirst, 3), number(yearFirst, 4));
    }
    Matcher dayOrMonthFirst = NUMERIC_DAY_FIRST_OR_MONTH_FIRST.matcher(text);
    if (!dayOrMonthFirst.matches()) {
      return Optional.empty();
    }
    int first = number(dayOrMonthFirst, 1);
    int second = number(dayOrMonthFirst, 3);
    int year = number(dayOrMonthFirst, 4);
    if (first == second || second > 12) {
      return date(year, first, second);
    }
    return first > 12 ? date(year, second, first) : Optional.empty();
  }

  private static int number(Matcher matcher, int group) {
    return Integer.parseInt(matcher.group(group));
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException noSuchDay) {
      return Optional.empty();
    }
  }

  private static boolean hasAsciiDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Whether the format reads all of the text, as {@link DateTimeFormatter#parse} requires. */
  private static boolean readsWhole(DateTimeFormatter format, String text) {
    ParsePosition position = new ParsePosition(0);
    return format.parseUnresolved(text, position) != null
        && position.getErrorIndex() < 0
        && position.getIndex() == text.length();
  }

  private Optional<LocalDate> resolve(TemporalAccessor parsed) {
    LocalDate date = parsed.query(TemporalQueries.localDate());
    if (date != null) {
      return Optional.of(date);
    }
    MonthDay monthDay = MonthDay.from(parsed);
    if (!parsed.isSupported(ChronoField.DAY_OF_WEEK)) {
      return Optional.empty();
    }
    return latestOnWeekday(monthDay, DayOfWeek.from(parsed));
  }

  private Optional<LocalDate> latestOnWeekday(MonthDay monthDay, DayOfWeek weekday) {
    LocalDate today = LocalDate.now(clock);
    for (int year = today.getYear(); year > today.getYear() - GREGORIAN_CYCLE_YEARS; year--) {
      if (!monthDay.isValidYear(year)) {
        continue;
      }
      LocalDate candidate = monthDay.atYear(year);
      if (!candidate.isAfter(today) && candidate.getDayOfWeek() == weekday) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static DateTimeFormatter format(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(Locale.ENGLISH)
        // STRICT rejects 30 February instead of quietly moving it to the 28th.
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
