package dev.omnibox.model;

/** Cuts error text to a size in UTF-8 bytes, so it fits a storage column. */
public final class ErrorText {

  /** Appended to cut text, and counted within the byte limit. ASCII, so 15 bytes. */
  public static final String SUFFIX = "... [truncated]";

  private ErrorText() {}

  /**
   * Returns {@code error} unchanged when its UTF-8 form fits {@code maxBytes}, otherwise its
   * longest prefix that fits together with {@link #SUFFIX}, followed by the suffix. The cut never
   * splits a character, surrogate pairs included, so the result may be a few bytes shorter than the
   * limit.
   *
   * <p>When {@code maxBytes} is no larger than the suffix, the suffix alone would carry nothing of
   * the error, so the result is the longest prefix that fits, with no suffix. That prefix is empty
   * when the first character alone is larger than the limit.
   *
   * @throws IllegalArgumentException if {@code error} is null or blank, or {@code maxBytes} is 0 or
   *     less
   */
  public static String truncate(String error, int maxBytes) {
    if (error == null || error.isBlank()) {
      throw ModelLogger.LOG.blankArgument("error", error);
    }
    if (maxBytes <= 0) {
      throw ModelLogger.LOG.nonPositiveNumber("maxBytes", maxBytes);
    }

    String whole = prefix(error, maxBytes);
    if (whole.length() == error.length()) {
      return error;
    }
    if (maxBytes <= SUFFIX.length()) {
      return whole;
    }
    return prefix(error, maxBytes - SUFFIX.length()) + SUFFIX;
  }

  /** Returns the longest prefix of whole characters whose UTF-8 form fits maxBytes. */
  private static String prefix(String text, int maxBytes) {
    int bytes = 0;
    int end = 0;
    while (end < text.length()) {
      int codePoint = text.codePointAt(end);
      int size = utf8Size(codePoint);
      if (bytes + size > maxBytes) {
        break;
      }
      bytes += size;
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end);
  }

  /**
   * Returns the UTF-8 size of a code point. A lone surrogate counts 3 bytes, more than the 1-byte
   * replacement an encoder writes, so the estimate stays on the safe side.
   */
  private static int utf8Size(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    }
    if (codePoint < 0x800) {
      return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
  }
}
