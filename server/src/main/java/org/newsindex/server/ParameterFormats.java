package org.newsindex.server;

import io.javalin.config.ValidationConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
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

  private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]+");

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

  /**
   * Rejects a query string with a {@code %} that two hexadecimal digits do not follow: Javalin
   * would drop that parameter without a word, so that {@code size=500%} read as no size at all.
   */
  static void checkPercentEncoding(Context ctx) {
    String query = ctx.queryString();
    if (query == null || query.indexOf('%') < 0) {
      return;
    }
    for (String parameter : query.split("&")) {
      if (!isPercentEncoded(parameter)) {
        String name = parameter.substring(0, Math.max(0, parameter.indexOf('=')));
        throw new BadRequestResponse(
            "parameter '" + (name.isEmpty() ? parameter : name) + "' is not URL-encoded: a '%' must"
                + " be followed by two hexadecimal digits (a '%' itself is written %25)");
      }
    }
  }

  private static boolean isPercentEncoded(String text) {
    for (int i = text.indexOf('%'); i >= 0; i = text.indexOf('%', i + 1)) {
      if (i + 2 >= text.length()
          || !HexFormat.isHexDigit(text.charAt(i + 1))
          || !HexFormat.isHexDigit(text.charAt(i + 2))) {
        return false;
      }
    }
    return true;
  }

  private static Integer wholeNumber(String text) {
    String digits = text.strip();
    // Integer.valueOf would also take other scripts' digits, such as the full-width ones.
    if (!WHOLE_NUMBER.matcher(digits).matches()) {
      throw new FormatException("must be a whole number");
    }
    try {
      return Integer.valueOf(digits);
    } catch (NumberFormatException tooManyDigits) {
      throw new FormatException("is too large");
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
