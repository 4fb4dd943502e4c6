package dev.omnibox.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

  @Test
  void exceeds_matchesEncodedLength() {
    for (String text : new String[] {"", "abc", "äöü", "東京", "😀x", "a\uD800b"}) {
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;

      assertThat(Utf8.exceeds(text, bytes)).as("%s at %d bytes", text, bytes).isFalse();
      if (bytes > 0) {
        assertThat(Utf8.exceeds(text, bytes - 1)).as("%s at %d bytes", text, bytes - 1).isTrue();
      }
    }
  }
}
