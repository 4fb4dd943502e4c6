package dev.omnibox.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorTextTest {

  private static int utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void asciiThatFits_isUnchanged() {
    assertThat(ErrorText.truncate("connection refused", 100)).isEqualTo("connection refused");
  }

  @Test
  void exactFit_isUnchanged() {
    String error = "x".repeat(40);

    assertThat(ErrorText.truncate(error, 40)).isSameAs(error);
  }

  @Test
  void oneByteOver_isCutWithSuffix() {
    String result = ErrorText.truncate("x".repeat(41), 40);

    assertThat(result).isEqualTo("x".repeat(25) + ErrorText.SUFFIX);
    assertThat(utf8(result)).isEqualTo(40);
  }

  @Test
  void multiByte_isNotSplit() {
    // "é" is 2 bytes, so 16 bytes of room for content fit 8 of them.
    String result = ErrorText.truncate("é".repeat(30), 31);

    assertThat(result).isEqualTo("é".repeat(8) + ErrorText.SUFFIX);
    assertThat(utf8(result)).isEqualTo(31);
  }

  @Test
  void multiByteAtBoundary_isDroppedWhole() {
    // 15 bytes of content room: 7 "é" take 14, the 8th would end at byte 16.
    String result = ErrorText.truncate("é".repeat(30), 30);

    assertThat(result).isEqualTo("é".repeat(7) + ErrorText.SUFFIX);
    assertThat(utf8(result)).isEqualTo(29);
  }

  @Test
  void emojiAtBoundary_keepsSurrogatePairWhole() {
    // "😀" is a surrogate pair of 4 bytes, and after "ab" only 3 bytes of room are left.
    String result = ErrorText.truncate("ab😀cd".repeat(10), 20);

    assertThat(result).isEqualTo("ab" + ErrorText.SUFFIX);
    assertThat(result).doesNotContain("\uD83D");
  }

  @Test
  void emojiThatFitsExactly_isKept() {
    String result = ErrorText.truncate("ab😀cd".repeat(10), 21);

    assertThat(result).isEqualTo("ab😀" + ErrorText.SUFFIX);
    assertThat(utf8(result)).isEqualTo(21);
  }

  @Test
  void emojiOnlyTextThatFitsExactly_isUnchanged() {
    assertThat(ErrorText.truncate("😀😀", 8)).isEqualTo("😀😀");
  }

  @Test
  void limitNoLargerThanSuffix_cutsWithoutSuffix() {
    int suffixBytes = ErrorText.SUFFIX.length();

    assertThat(ErrorText.truncate("abcdefghijklmnopqrstuvwxyz", suffixBytes))
        .isEqualTo("abcdefghijklmno");
    assertThat(ErrorText.truncate("abcdefghijklmnopqrstuvwxyz", 3)).isEqualTo("abc");
    assertThat(ErrorText.truncate("😀x", 3)).isEmpty();
  }

  @Test
  void limitOneAboveSuffix_keepsOneCharacter() {
    int limit = ErrorText.SUFFIX.length() + 1;

    assertThat(ErrorText.truncate("abcdefghijklmnopqrstuvwxyz", limit))
        .isEqualTo("a" + ErrorText.SUFFIX);
  }

  @Test
  void suffixIsFifteenAsciiBytes() {
    assertThat(utf8(ErrorText.SUFFIX)).isEqualTo(ErrorText.SUFFIX.length()).isEqualTo(15);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void blankError_isRejected(String error) {
    assertThatThrownBy(() -> ErrorText.truncate(error, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OMNIBOX001040")
        .hasMessageContaining("error");
  }

  @Test
  void nullError_isRejected() {
    assertThatThrownBy(() -> ErrorText.truncate(null, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("error");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void nonPositiveLimit_isRejected(int limit) {
    assertThatThrownBy(() -> ErrorText.truncate("boom", limit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OMNIBOX001043")
        .hasMessageContaining("maxBytes")
        .hasMessageContaining(Integer.toString(limit));
  }
}
