package dev.omnibox.batch.job;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Parses batch properties, which arrive as text, with messages that name the property. */
final class Parameters {

  private Parameters() {}

  static int positiveInt(String name, String value, int defaultValue) {
    int parsed = intValue(name, value, defaultValue);
    if (parsed < 1) {
      throw new IllegalArgumentException(
          "Job parameter " + name + " must be at least 1, but was " + parsed);
    }
    return parsed;
  }

  static int intValue(String name, String value, int defaultValue) {
    if (isUnset(value)) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Job parameter " + name + " must be an integer such as 10, but was '" + value + "'", e);
    }
  }

  static Duration positiveDuration(String name, String value, Duration defaultValue) {
    if (isUnset(value)) {
      return defaultValue;
    }
    Duration parsed;
    try {
      parsed = Duration.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Job parameter "
              + name
              + " must be an ISO-8601 duration such as PT1S, but was '"
              + value
              + "'",
          e);
    }
    if (parsed.isNegative() || parsed.isZero()) {
      throw new IllegalArgumentException(
          "Job parameter " + name + " must be a positive duration, but was " + value);
    }
    return parsed;
  }

  static boolean booleanValue(String name, String value, boolean defaultValue) {
    if (isUnset(value)) {
      return defaultValue;
    }
    String text = value.strip();
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw new IllegalArgumentException(
        "Job parameter " + name + " must be true or false, but was '" + value + "'");
  }

  /** Splits a comma-separated list; blank entries are dropped. */
  static Set<String> list(String value) {
    if (isUnset(value)) {
      return Set.of();
    }
    return Arrays.stream(value.split(","))
        .map(String::strip)
        .filter(entry -> !entry.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  static String text(String value, String defaultValue) {
    return isUnset(value) ? defaultValue : value.strip();
  }

  private static boolean isUnset(String value) {
    return value == null || value.isBlank();
  }
}
