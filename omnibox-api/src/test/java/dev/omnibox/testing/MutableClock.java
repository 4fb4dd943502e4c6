package dev.omnibox.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that tests set and advance by hand, so time-based logic is tested without sleeping. */
public final class MutableClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public MutableClock(Instant start) {
    this(
        new AtomicReference<>(Objects.requireNonNull(start, "start must not be null")),
        ZoneOffset.UTC);
  }

  private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /** Returns a clock in UTC that starts at the ISO-8601 instant, such as "2025-01-01T00:00:00Z". */
  public static MutableClock at(String isoInstant) {
    return new MutableClock(Instant.parse(isoInstant));
  }

  /** Moves the clock forward, or backward for a negative duration, and returns the new time. */
  public Instant advance(Duration duration) {
    return now.updateAndGet(current -> current.plus(duration));
  }

  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant must not be null"));
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** Returns a view in another zone that shares this clock's time. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new MutableClock(now, zone);
  }
}
