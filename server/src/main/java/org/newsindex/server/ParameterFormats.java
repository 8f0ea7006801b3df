package org.newsindex.server;

import io.javalin.config.ValidationConfig;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How query parameters turn into values, each with the sentence that tells a user what was
 * expected when one does not.
 */
final class ParameterFormats {

  /** A parameter that does not have its expected form; the message says what was expected. */
  static final class FormatException extends IllegalArgumentException {
    FormatException(String expected) {
      super(expected);
    }
  }

  private ParameterFormats() {}

  /** Registers the formats with Javalin's validators, replacing its terse built-in ones. */
  static void register(ValidationConfig validation) {
    validation.register(Integer.class, ParameterFormats::wholeNumber);
    validation.register(LocalDate.class, ParameterFormats::isoDate);
  }

  private static Integer wholeNumber(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new FormatException("must be a whole number");
    }
  }

  private static LocalDate isoDate(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new FormatException("must be a date such as 2024-03-19");
    }
  }
}
