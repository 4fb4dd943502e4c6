package dev.omnibox.ejb.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OmniboxConfigTest {

  private static OmniboxConfig config(Map<String, String> values) {
    return new OmniboxConfig(name -> Optional.ofNullable(values.get(name)));
  }

  @Test
  void boolean_parsesAnyCase() {
    OmniboxConfig config = config(Map.of("a", "FALSE", "b", " true "));

    assertThat(config.getBoolean("a", true)).isFalse();
    assertThat(config.getBoolean("b", false)).isTrue();
    assertThat(config.getBoolean("missing", true)).isTrue();
  }

  @Test
  void boolean_invalid_namesSettingAndValue() {
    OmniboxConfig config = config(Map.of("omnibox.outbox.fast-path.enabled", "yes"));

    assertThatThrownBy(() -> config.getBoolean("omnibox.outbox.fast-path.enabled", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("omnibox.outbox.fast-path.enabled")
        .hasMessageContaining("'yes'")
        .hasMessageContaining("true or false");
  }

  @Test
  void blankValue_isUnset() {
    assertThat(config(Map.of("a", "  ")).get("a")).isEmpty();
    assertThat(config(Map.of("a", "  ")).getInt("a", 7)).isEqualTo(7);
  }

  @Test
  void intAndDuration_parse() {
    OmniboxConfig config = config(Map.of("n", "12", "d", "PT30S", "bad", "30s"));

    assertThat(config.getInt("n", 0)).isEqualTo(12);
    assertThat(config.getDuration("d", Duration.ZERO)).isEqualTo(Duration.ofSeconds(30));
    assertThatThrownBy(() -> config.getDuration("bad", Duration.ZERO))
        .hasMessageContaining("PT30S");
  }

  @Test
  void fromEnvironment_readsSystemProperties() {
    System.setProperty("omnibox.test.setting", "value");
    try {
      assertThat(OmniboxConfig.fromEnvironment().get("omnibox.test.setting")).contains("value");
    } finally {
      System.clearProperty("omnibox.test.setting");
    }
  }
}
