package dev.omnibox.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

  private final MutableClock clock = MutableClock.at("2026-12-04T22:00:00.123Z");
  private final TimeOrderedIds ids = new TimeOrderedIds(clock, new Random(42));

  @Test
  void next_hasVersion7AndRfcVariant() {
    UUID id = ids.next();

    assertThat(id.version()).isEqualTo(7);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Test
  void next_startsWithClockMillis() {
    UUID id = ids.next();

    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(clock.millis());
  }

  @Test
  void next_inLaterMillisecond_sortsAfter() {
    UUID earlier = ids.next();
    clock.advance(Duration.ofMillis(1));
    UUID later = ids.next();

    assertThat(later).isGreaterThan(earlier);
    assertThat(later.toString()).isGreaterThan(earlier.toString());
  }

  @Test
  void next_withinOneMillisecond_isUnique() {
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      seen.add(ids.next());
    }

    assertThat(seen).hasSize(100_000);
  }

  @Test
  void next_withClockBeforeEpoch_throws() {
    TimeOrderedIds beforeEpoch =
        new TimeOrderedIds(Clock.fixed(Instant.parse("1969-12-31T23:59:59Z"), ZoneOffset.UTC));

    assertThatThrownBy(beforeEpoch::next).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void constructor_rejectsNullClock() {
    assertThatThrownBy(() -> new TimeOrderedIds(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("clock");
  }
}
