package dev.omnibox.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventValidationPolicyTest {

  private final EventValidationPolicy defaults = EventValidationPolicy.defaults();

  @Test
  void defaults_matchDocumentedValues() {
    assertThat(defaults.clockSkew()).isEqualTo(Duration.ofMinutes(1));
    assertThat(defaults.maxScheduleBeforeCreation()).isEqualTo(Duration.ofMinutes(5));
    assertThat(defaults.maxScheduleAhead()).isEqualTo(Duration.ofDays(90));
    assertThat(defaults.maxLastErrorBytes()).isEqualTo(4000);
  }

  @Test
  void withers_changeOneLimit() {
    EventValidationPolicy changed =
        defaults
            .withClockSkew(Duration.ZERO)
            .withMaxScheduleBeforeCreation(Duration.ofSeconds(1))
            .withMaxScheduleAhead(Duration.ofHours(2))
            .withMaxLastErrorBytes(100);

    assertThat(changed)
        .isEqualTo(
            new EventValidationPolicy(
                Duration.ZERO, Duration.ofSeconds(1), Duration.ofHours(2), 100));
  }

  @Test
  void negativeDuration_isRejected() {
    assertThatThrownBy(() -> defaults.withClockSkew(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OMNIBOX001042")
        .hasMessageContaining("clockSkew")
        .hasMessageContaining("PT-1S");
    assertThatThrownBy(() -> defaults.withMaxScheduleBeforeCreation(Duration.ofSeconds(-1)))
        .hasMessageContaining("maxScheduleBeforeCreation");
    assertThatThrownBy(() -> defaults.withMaxScheduleAhead(Duration.ofSeconds(-1)))
        .hasMessageContaining("maxScheduleAhead");
  }

  @Test
  void nullDuration_isRejected() {
    assertThatThrownBy(() -> defaults.withMaxScheduleAhead(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("maxScheduleAhead");
  }

  @Test
  void lastErrorBytesBelowOne_isRejected() {
    assertThatThrownBy(() -> defaults.withMaxLastErrorBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxLastErrorBytes")
        .hasMessageContaining("0");
    assertThat(defaults.withMaxLastErrorBytes(1).maxLastErrorBytes()).isEqualTo(1);
  }
}
