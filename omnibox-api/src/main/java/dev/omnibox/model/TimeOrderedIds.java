package dev.omnibox.model;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Generator of time-ordered event ids in the UUID version 7 layout of RFC 9562. The first 48 bits
 * contain the Unix milliseconds of the clock, followed by the version (7), the variant bits and 74
 * random bits.
 *
 * <p>Ids made in a later millisecond sort after earlier ones, so a database inserts new primary key
 * entries on the last pages of its index, which stay in memory, instead of on random pages of an
 * index that may be larger than the cache. Ids made within one millisecond are in random order.
 */
final class TimeOrderedIds {

  private static final long VERSION_7 = 0x7000L;
  private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;
  private static final long LOW_62_BITS = 0x3FFF_FFFF_FFFF_FFFFL;

  private final Clock clock;
  private final RandomGenerator random;

  TimeOrderedIds(Clock clock) {
    this(clock, new SecureRandom());
  }

  TimeOrderedIds(Clock clock, RandomGenerator random) {
    this.clock = Objects.requireNonNull(clock, "clock must not be null");
    this.random = Objects.requireNonNull(random, "random must not be null");
  }

  /** Returns a new id stamped with the current millisecond of the clock. */
  UUID next() {
    long millis = clock.millis();
    if (millis < 0 || millis >= 1L << 48) {
      throw new IllegalStateException(
          "Invalid clock time: "
              + millis
              + " ms since 1970 does not fit in 48 bits; check the clock");
    }
    long mostSignificant = millis << 16 | VERSION_7 | random.nextInt(1 << 12);
    long leastSignificant = VARIANT_RFC | random.nextLong() & LOW_62_BITS;
    return new UUID(mostSignificant, leastSignificant);
  }
}
