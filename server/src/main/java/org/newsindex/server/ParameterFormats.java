package org.newsindex.server;

import io.javalin.config.ValidationConfig;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newsindex.SortOrder;

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
    validation.register(SortOrder.class, text -> named(SortOrder.class, text, SortOrder.RELEVANCE));
    validation.register(Boolean.class, ParameterFormats::trueOrFalse);
  }

  /**
   * The constant of an enum named by the text, ignoring case; an empty value, as a form sends an
   * untouched choice, is the default.
   */
  private static <E extends Enum<E>> E named(Class<E> type, String text, E empty) {
    if (text.isBlank()) {
      return empty;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text.strip())) {
        return constant;
      }
    }
    throw new FormatException(
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }

  private static Integer wholeNumber(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new FormatException("must be a whole number");
    }
  }

  private static Boolean trueOrFalse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new FormatException("must be true or false");
    };
  }

  private static LocalDate isoDate(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new FormatException("must be a date such as 2024-03-19");
    }
  }
}
