package dev.omnibox.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private static final Duration BASE = Duration.ofMillis(100);
  private static final Duration CAP = Duration.ofSeconds(10);
  private static final int SAMPLES = 2_000;

  /** Generator that always returns the lowest value of a bounded draw. */
  private static final RandomGenerator LOWEST = bounded(false);

  /** Generator that always returns the highest value of a bounded draw. */
  private static final RandomGenerator HIGHEST = bounded(true);

  private static RandomGenerator bounded(boolean highest) {
    return new RandomGenerator() {
      @Override
      public long nextLong() {
        throw new UnsupportedOperationException("only bounded draws are expected");
      }

      @Override
      public long nextLong(long bound) {
        return highest ? bound - 1 : 0;
      }
    };
  }

  private static Backoff backoff(Jitter jitter, RandomGenerator random) {
    return Backoff.exponential(BASE, 2.0, CAP, jitter, random);
  }

  @Test
  void none_growsExponentially() {
    Backoff backoff = backoff(Jitter.NONE, new SplittableRandom(1));

    assertThat(backoff.delay(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(backoff.delay(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(backoff.delay(3)).isEqualTo(Duration.ofMillis(400));
    assertThat(backoff.delay(7)).isEqualTo(Duration.ofMillis(6_400));
  }

  @Test
  void none_stopsAtCap() {
    Backoff backoff = backoff(Jitter.NONE, new SplittableRandom(1));

    assertThat(backoff.delay(8)).isEqualTo(CAP);
    assertThat(backoff.delay(50)).isEqualTo(CAP);
  }

  @Test
  void largeAttempts_doNotOverflow() {
    Backoff maxCap =
        Backoff.exponential(BASE, 10.0, Duration.ofNanos(Long.MAX_VALUE), Jitter.NONE, LOWEST);

    for (Jitter jitter : Jitter.values()) {
      Backoff backoff = backoff(jitter, new SplittableRandom(3));
      assertThat(backoff.delay(Integer.MAX_VALUE)).isBetween(Duration.ZERO, CAP);
      assertThat(backoff.delay(1_000)).isBetween(Duration.ZERO, CAP);
    }
    assertThat(maxCap.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofNanos(Long.MAX_VALUE));
    assertThat(backoff(Jitter.FULL, HIGHEST).delay(Integer.MAX_VALUE)).isEqualTo(CAP);
  }

  @Test
  void multiplierOne_keepsBase() {
    Backoff backoff = Backoff.exponential(BASE, 1.0, CAP, Jitter.NONE, LOWEST);

    assertThat(backoff.delay(1)).isEqualTo(BASE);
    assertThat(backoff.delay(1_000)).isEqualTo(BASE);
  }

  @Test
  void full_staysBetweenZeroAndExponential() {
    Backoff backoff = backoff(Jitter.FULL, new SplittableRandom(42));
    Set<Duration> distinct = new HashSet<>();

    for (int i = 0; i < SAMPLES; i++) {
      Duration delay = backoff.delay(3);
      assertThat(delay).isBetween(Duration.ZERO, Duration.ofMillis(400));
      distinct.add(delay);
    }
    assertThat(distinct).hasSizeGreaterThan(SAMPLES / 2);
  }

  @Test
  void full_boundsAreReachable() {
    assertThat(backoff(Jitter.FULL, LOWEST).delay(3)).isEqualTo(Duration.ZERO);
    assertThat(backoff(Jitter.FULL, HIGHEST).delay(3)).isEqualTo(Duration.ofMillis(400));
  }

  @Test
  void equal_staysBetweenHalfAndExponential() {
    Backoff backoff = backoff(Jitter.EQUAL, new SplittableRandom(42));

    for (int i = 0; i < SAMPLES; i++) {
      assertThat(backoff.delay(3)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
    }
  }

  @Test
  void equal_boundsAreReachable() {
    assertThat(backoff(Jitter.EQUAL, LOWEST).delay(3)).isEqualTo(Duration.ofMillis(200));
    assertThat(backoff(Jitter.EQUAL, HIGHEST).delay(3)).isEqualTo(Duration.ofMillis(400));
  }

  @Test
  void equal_oddNanosStayWithinExponential() {
    Backoff backoff = Backoff.exponential(Duration.ofNanos(5), 1.0, CAP, Jitter.EQUAL, HIGHEST);

    assertThat(backoff.delay(1)).isEqualTo(Duration.ofNanos(5));
    assertThat(Backoff.exponential(Duration.ofNanos(5), 1.0, CAP, Jitter.EQUAL, LOWEST).delay(1))
        .isEqualTo(Duration.ofNanos(2));
  }

  @Test
  void decorrelated_staysBetweenBaseAndPreviousTimesMultiplier() {
    Backoff backoff = backoff(Jitter.DECORRELATED, new SplittableRandom(42));
    Duration previous = Duration.ofMillis(300);

    for (int i = 0; i < SAMPLES; i++) {
      assertThat(backoff.delay(5, previous)).isBetween(BASE, Duration.ofMillis(600));
    }
  }

  @Test
  void decorrelated_boundsAreReachable() {
    Duration previous = Duration.ofMillis(300);

    assertThat(backoff(Jitter.DECORRELATED, LOWEST).delay(5, previous)).isEqualTo(BASE);
    assertThat(backoff(Jitter.DECORRELATED, HIGHEST).delay(5, previous))
        .isEqualTo(Duration.ofMillis(600));
  }

  @Test
  void decorrelated_cappedWhenPreviousIsLarge() {
    Backoff highest = backoff(Jitter.DECORRELATED, HIGHEST);

    assertThat(highest.delay(2, Duration.ofSeconds(8))).isEqualTo(CAP);
    assertThat(highest.delay(2, Duration.ofDays(365_000))).isEqualTo(CAP);
  }

  @Test
  void decorrelated_previousBelowBaseGivesBase() {
    assertThat(backoff(Jitter.DECORRELATED, HIGHEST).delay(2, Duration.ZERO)).isEqualTo(BASE);
  }

  @Test
  void decorrelated_withoutPreviousUsesExponentialOfAttemptBefore() {
    Backoff highest = backoff(Jitter.DECORRELATED, HIGHEST);

    assertThat(highest.delay(1)).isEqualTo(Duration.ofMillis(200));
    assertThat(highest.delay(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(highest.delay(3)).isEqualTo(Duration.ofMillis(400));
    assertThat(highest.delay(4)).isEqualTo(Duration.ofMillis(800));
    assertThat(backoff(Jitter.DECORRELATED, LOWEST).delay(4)).isEqualTo(BASE);
  }

  @Test
  void previousDelay_ignoredWithoutDecorrelatedJitter() {
    Backoff backoff = backoff(Jitter.NONE, LOWEST);

    assertThat(backoff.delay(2, Duration.ofSeconds(5))).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void seededGenerator_isReproducible() {
    Backoff first = backoff(Jitter.FULL, new SplittableRandom(7));
    Backoff second = backoff(Jitter.FULL, new SplittableRandom(7));

    for (int attempt = 1; attempt < 20; attempt++) {
      assertThat(first.delay(attempt)).isEqualTo(second.delay(attempt));
    }
  }

  @Test
  void defaultGenerator_staysWithinBounds() {
    Backoff backoff = Backoff.builder().base(BASE).cap(CAP).build();

    assertThat(backoff.jitter()).isEqualTo(Jitter.FULL);
    assertThat(backoff.multiplier()).isEqualTo(2.0);
    for (int i = 0; i < SAMPLES; i++) {
      assertThat(backoff.delay(2)).isBetween(Duration.ZERO, Duration.ofMillis(200));
    }
  }

  @Test
  void nextAttemptAt_addsDelay() {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");
    Backoff backoff = backoff(Jitter.NONE, LOWEST);

    assertThat(backoff.nextAttemptAt(now, 3)).isEqualTo(now.plusMillis(400));
    assertThat(backoff(Jitter.DECORRELATED, HIGHEST).nextAttemptAt(now, 3, Duration.ofMillis(250)))
        .isEqualTo(now.plusMillis(500));
  }

  @Test
  void nextAttemptAt_clampsAtInstantMax() {
    Backoff backoff = backoff(Jitter.NONE, LOWEST);

    assertThat(backoff.nextAttemptAt(Instant.MAX.minusMillis(50), 1)).isEqualTo(Instant.MAX);
    assertThat(backoff.nextAttemptAt(Instant.MAX, 1)).isEqualTo(Instant.MAX);
  }

  @Test
  void nextAttemptAt_rejectsNullNow() {
    assertThatThrownBy(() -> backoff(Jitter.NONE, LOWEST).nextAttemptAt(null, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001250:")
        .hasMessageContaining("now");
  }

  @Test
  void delay_rejectsAttemptBelowOne() {
    Backoff backoff = backoff(Jitter.NONE, LOWEST);

    for (int attempt : new int[] {0, -1, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> backoff.delay(attempt))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("OMNIBOX001255:")
          .hasMessageContaining("Attempt is " + attempt);
    }
  }

  @Test
  void delay_rejectsNegativePrevious() {
    assertThatThrownBy(() -> backoff(Jitter.DECORRELATED, LOWEST).delay(1, Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001256:")
        .hasMessageContaining("PT-0.001S");
  }

  @Test
  void build_rejectsNonPositiveBase() {
    for (Duration base : new Duration[] {Duration.ZERO, Duration.ofMillis(-5)}) {
      assertThatThrownBy(() -> Backoff.builder().base(base).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("OMNIBOX001251:")
          .hasMessageContaining(base.toString());
    }
  }

  @Test
  void build_rejectsCapBelowBase() {
    assertThatThrownBy(
            () -> Backoff.builder().base(Duration.ofSeconds(5)).cap(Duration.ofSeconds(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001252:")
        .hasMessageContaining("PT1S")
        .hasMessageContaining("PT5S");
  }

  @Test
  void build_rejectsCapBeyondLongNanos() {
    assertThatThrownBy(() -> Backoff.builder().cap(Duration.ofDays(200_000)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001253:")
        .hasMessageContaining("PT4800000H");
  }

  @Test
  void build_rejectsInvalidMultiplier() {
    for (double multiplier : new double[] {0.5, -2, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> Backoff.builder().multiplier(multiplier).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("OMNIBOX001254:")
          .hasMessageContaining(String.valueOf(multiplier));
    }
  }

  @Test
  void build_rejectsMissingSettings() {
    assertThatThrownBy(() -> Backoff.builder().base(null).build()).hasMessageContaining("base");
    assertThatThrownBy(() -> Backoff.builder().cap(null).build()).hasMessageContaining("cap");
    assertThatThrownBy(() -> Backoff.builder().jitter(null).build()).hasMessageContaining("jitter");
    assertThatThrownBy(() -> Backoff.builder().random(null).build()).hasMessageContaining("random");
  }
}
