package dev.omnibox.inbox;

/** Measures text in UTF-8 bytes without encoding it. */
final class Utf8 {

  private Utf8() {}

  /** Returns whether the UTF-8 encoding of {@code text} is longer than {@code maxBytes}. */
  static boolean exceeds(CharSequence text, int maxBytes) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else if (Character.isSurrogate(c)) {
        // String.getBytes(UTF_8) replaces a lone surrogate with '?', one byte.
        bytes += 1;
      } else {
        bytes += 3;
      }
      if (bytes > maxBytes) {
        return true;
      }
    }
    return false;
  }
}
