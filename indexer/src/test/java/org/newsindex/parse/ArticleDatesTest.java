package org.newsindex.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleDatesTest {

  /** A Friday; year-less dates are placed relative to it. */
  private static final Clock TODAY_2026_11_27 =
      Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);

  private final ArticleDates dates = new ArticleDates(TODAY_2026_11_27);

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      2017-02-16                   | 2017-02-16
      16 February 2017             | 2017-02-16
      16 Feb 2017                  | 2017-02-16
      16 february 2017.            | 2017-02-16
      16th February 2017           | 2017-02-16
      Thursday, 16 February 2017   | 2017-02-16
      Thu 16 Feb 2017              | 2017-02-16
      Feb 16, 2017                 | 2017-02-16
      February 16, 2017            | 2017-02-16
      Feb. 16, 2017                | 2017-02-16
      Thursday, February 16, 2017  | 2017-02-16
      '  FEB 16 2017  '            | 2017-02-16
      26-FEB-1987 15:07:13.72      | 1987-02-26
      7-APR-1987 16:22:00.0        | 1987-04-07
      31-MAR-1987 605:12:19.12     | 1987-03-31
      26-Feb-1987                  | 1987-02-26
      2017-02-16T15:07:13Z         | 2017-02-16
      2017-02-16T23:30:00.123-05:00 | 2017-02-16
      2017-02-16T15:07+0100        | 2017-02-16
      2017-02-16 15:07:13          | 2017-02-16
      'Thu, 16 Feb 2017 15:07:13 GMT' | 2017-02-16
      'Thu, 16 Feb 2017 15:07:13 +0000' | 2017-02-16
      Monday 30 November 2026 18.04 GMT | 2026-11-30
      Wed 2 Dec 2026 09.30 GMT     | 2026-12-02
      'December 2, 2026 at 3:45 p.m. EST' | 2026-12-02
      Dec. 2, 2026 3:45 p.m. ET    | 2026-12-02
      '3:45 p.m. ET, Dec. 2, 2026' | 2026-12-02
      '11am, 2 December 2026'      | 2026-12-02
      '2 December 2026, 11AM'      | 2026-12-02
      16/02/2017                   | 2017-02-16
      16.02.2017                   | 2017-02-16
      16-02-2017                   | 2017-02-16
      02/16/2017                   | 2017-02-16
      2/2/2017                     | 2017-02-02
      2017/02/16                   | 2017-02-16
      2017.2.16                    | 2017-02-16
      16/02/2017 15:07             | 2017-02-16
      """)
  void readsDatesThatGiveTheYear(String text, LocalDate expected) {
    assertThat(dates.parse(text)).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Tuesday / March 19.          | 2024-03-19
      TUESDAY / MARCH 19           | 2024-03-19
      Tue, Mar 19                  | 2024-03-19
      Tuesday 19 March             | 2024-03-19
      Thursday / February 16       | 2023-02-16
      Thursday / March 19          | 2026-03-19
      Friday / November 27         | 2026-11-27
      Monday / December 28         | 2020-12-28
      Thursday / February 29       | 2024-02-29
      """)
  void placesYearlessDatesInTheLatestYearThatFitsTheWeekday(String text, LocalDate expected) {
    assertThat(dates.parse(text)).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\" has no date")
  @CsvSource(delimiter = '|', textBlock = """
      March 19
      19 March
      Friday 16 February 2017
      30 February 2017
      Tuesday / February 30
      2017-13-01
      12/02/2017
      30/02/2017
      13/13/2017
      16/02-2017
      16/02/17
      3:45 p.m.
      at 3:45 p.m. ET
      yesterday
      Date unknown
      16 Smarch 2017
      'Wed, 16 Feb 2017 15:07:13 GMT'
      ''
      '   '
      """)
  void givesNoDateForTextWithoutOneClearDate(String text) {
    assertThat(dates.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\" -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      Friday, 4 December 2026 | 4:30 PM              ; 2026-12-04
      3 December 2026 — 11:20 SAST                   ; 2026-12-03
      'Tuesday 1 December 2026 11:20, UK'           ; 2026-12-01
      Dec 3, 2026 / 09:15 AM / Updated 2 hours ago  ; 2026-12-03
      By Jane Smith | 3 December 2026               ; 2026-12-03
      3 December 2026 • New Delhi                    ; 2026-12-03
      Updated - December 03, 2026 09:45 am IST      ; 2026-12-03
      Published: 03 Dec 2026 10:02 IST             ; 2026-12-03
      Last updated on Dec 2, 2026                   ; 2026-12-02
      """)
  void readsTheDateOfAWebPagesDateLine(String text, LocalDate expected) {
    assertThat(dates.parse(text)).contains(expected);
  }

  @ParameterizedTest(name = "\"{0}\" has no date")
  @CsvSource(delimiter = ';', textBlock = """
      Storm hits the coast | 3 December 2026
      3 December 2026 | 4 December 2026
      Shares fall 3% - 3 December 2026
      By Jane Smith | Political Editor
      """)
  void givesNoDateForALineWithTextBesideItsDate(String text) {
    assertThat(dates.parse(text)).isEmpty();
    assertThat(dates.isDate(text)).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\" is written as a date: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      16 February 2017             | true
      12/02/2017                   | true
      '12.02.2017, 09:30'          | true
      16/02/2017                   | true
      Shares fall 3.45pm           | false
      12/02 deadline               | false
      Friday 16 February 2017      | true
      Published 3 hours ago        | true
      Updated an hour ago          | true
      Two years ago today          | false
      Date unknown                 | false
      ''                           | false
      """)
  void tellsTextWrittenAsADateFromOtherText(String text, boolean isDate) {
    assertThat(dates.isDate(text)).isEqualTo(isDate);
  }

  @Test
  void givesNoDateForNoText() {
    assertThat(dates.parse(null)).isEmpty();
  }
}
