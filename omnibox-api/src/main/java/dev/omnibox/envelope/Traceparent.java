package dev.omnibox.envelope;

import java.util.Optional;

/**
 * A W3C Trace Context {@code traceparent} value: {@code <version>-<trace id>-<parent id>-<flags>},
 * for example {@code 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01}.
 *
 * <p>Every part is lowercase hex: a 2-digit version other than {@code ff}, a 32-digit trace id and
 * a 16-digit parent (span) id that are not all zeros, and 2-digit trace flags. Version {@code 00}
 * has exactly these four parts; a later version may append more parts after a dash, which this
 * class accepts and drops, as the W3C recommendation asks of version-00 readers.
 *
 * @param version the version, {@code "00"} today
 * @param traceId the 32-digit trace id
 * @param parentId the 16-digit id of the caller's span
 * @param flags the trace flags; {@code "01"} means sampled
 */
public record Traceparent(String version, String traceId, String parentId, String flags) {

  /** The version this class writes. */
  public static final String VERSION_00 = "00";

  private static final int VERSION_00_LENGTH = 55;

  public Traceparent {
    requireHex("version", version, 2);
    if (version.equals("ff")) {
      throw new IllegalArgumentException("traceparent version 'ff' is invalid by definition");
    }
    requireHex("traceId", traceId, 32);
    requireNotZero("traceId", traceId);
    requireHex("parentId", parentId, 16);
    requireNotZero("parentId", parentId);
    requireHex("flags", flags, 2);
  }

  /** Creates a version-00 value. */
  public static Traceparent of(String traceId, String parentId, boolean sampled) {
    return new Traceparent(VERSION_00, traceId, parentId, sampled ? "01" : "00");
  }

  /**
   * Parses a {@code traceparent} header value.
   *
   * @throws IllegalArgumentException when the value is not a valid {@code traceparent}; the message
   *     names the part that is wrong
   */
  public static Traceparent parse(String value) {
    if (value == null) {
      throw new IllegalArgumentException("traceparent must not be null");
    }
    if (value.length() < VERSION_00_LENGTH) {
      throw new IllegalArgumentException(
          "traceparent must have at least "
              + VERSION_00_LENGTH
              + " characters (00-<32 hex>-<16 hex>-<2 hex>), but had "
              + value.length());
    }
    requireDash(value, 2);
    requireDash(value, 35);
    requireDash(value, 52);
    String version = value.substring(0, 2);
    boolean longer = value.length() > VERSION_00_LENGTH;
    if (longer && (version.equals(VERSION_00) || value.charAt(VERSION_00_LENGTH) != '-')) {
      throw new IllegalArgumentException(
          "traceparent of version " + version + " has unexpected characters after the flags");
    }
    return new Traceparent(
        version, value.substring(3, 35), value.substring(36, 52), value.substring(53, 55));
  }

  /** Parses the value, or returns empty when it is null or not a valid {@code traceparent}. */
  public static Optional<Traceparent> tryParse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Returns whether the value is a valid {@code traceparent}. */
  public static boolean isValid(String value) {
    return tryParse(value).isPresent();
  }

  /** Returns whether the value is a valid 32-digit trace id. */
  public static boolean isValidTraceId(String value) {
    return value != null && isLowerHex(value, 32) && !allZeros(value);
  }

  /** Returns whether the sampled flag is set. */
  public boolean sampled() {
    return (Integer.parseInt(flags, 16) & 1) == 1;
  }

  /** Formats the value as a {@code traceparent} header. */
  public String format() {
    return version + '-' + traceId + '-' + parentId + '-' + flags;
  }

  @Override
  public String toString() {
    return format();
  }

  private static void requireDash(String value, int index) {
    if (value.charAt(index) != '-') {
      throw new IllegalArgumentException(
          "traceparent must have a '-' at position " + index + " (00-<32 hex>-<16 hex>-<2 hex>)");
    }
  }

  private static void requireHex(String part, String value, int length) {
    if (value == null || !isLowerHex(value, length)) {
      throw new IllegalArgumentException(
          "traceparent "
              + part
              + " must be "
              + length
              + " lowercase hex digits, but was '"
              + value
              + "'");
    }
  }

  private static void requireNotZero(String part, String value) {
    if (allZeros(value)) {
      throw new IllegalArgumentException("traceparent " + part + " must not be all zeros");
    }
  }

  private static boolean isLowerHex(String value, int length) {
    if (value.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static boolean allZeros(String value) {
    return value.chars().allMatch(c -> c == '0');
  }
}
