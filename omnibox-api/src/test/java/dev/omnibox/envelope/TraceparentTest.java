package dev.omnibox.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TraceparentTest {

  private static final String VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  @Test
  void parse_splitsParts() {
    Traceparent parsed = Traceparent.parse(VALID);

    assertThat(parsed.version()).isEqualTo("00");
    assertThat(parsed.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    assertThat(parsed.parentId()).isEqualTo("00f067aa0ba902b7");
    assertThat(parsed.flags()).isEqualTo("01");
    assertThat(parsed.sampled()).isTrue();
  }

  @Test
  void format_roundTrips() {
    assertThat(Traceparent.parse(VALID).format()).isEqualTo(VALID);
    assertThat(Traceparent.of("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", false))
        .hasToString("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00");
  }

  @Test
  void laterVersion_acceptsAppendedParts() {
    Traceparent parsed =
        Traceparent.parse("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra");

    assertThat(parsed.version()).isEqualTo("01");
    assertThat(parsed.flags()).isEqualTo("01");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",
        "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
        "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
        "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra",
        "00_4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        "00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01",
        "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01x"
      })
  void invalidValues_rejected(String value) {
    assertThat(Traceparent.isValid(value)).isFalse();
    assertThatThrownBy(() -> Traceparent.parse(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("traceparent");
  }

  @Test
  void null_isInvalid() {
    assertThat(Traceparent.isValid(null)).isFalse();
    assertThat(Traceparent.tryParse(null)).isEmpty();
  }

  @Test
  void parse_namesWrongPart() {
    assertThatThrownBy(
            () -> Traceparent.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01"))
        .hasMessageContaining("parentId");
  }

  @Test
  void isValidTraceId_checksHexAndZeros() {
    assertThat(Traceparent.isValidTraceId("4bf92f3577b34da6a3ce929d0e0e4736")).isTrue();
    assertThat(Traceparent.isValidTraceId("00000000000000000000000000000000")).isFalse();
    assertThat(Traceparent.isValidTraceId("4bf92f35")).isFalse();
    assertThat(Traceparent.isValidTraceId(null)).isFalse();
  }
}
