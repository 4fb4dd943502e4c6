package dev.omnibox.batch.job;

import dev.omnibox.batch.InboxRouters;
import dev.omnibox.spi.EventPublisher;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OutboxRepository;
import java.time.Clock;
import java.util.Objects;

/**
 * What the CDI producers of {@link JobTestBeans} hand to the batch artifacts. JBeret SE runs every
 * job in one Weld container per JVM, so each test installs its fixture before it starts a job and
 * removes it afterwards; tests in this module run one at a time.
 */
record JobFixture(
    OutboxRepository outbox,
    InboxRepository inbox,
    EventPublisher publisher,
    InboxRouters routers,
    Clock clock) {

  private static volatile JobFixture current;

  static void install(JobFixture fixture) {
    current = Objects.requireNonNull(fixture, "fixture must not be null");
  }

  static void clear() {
    current = null;
  }

  static JobFixture current() {
    JobFixture fixture = current;
    if (fixture == null) {
      throw new IllegalStateException("no JobFixture installed; call JobFixture.install first");
    }
    return fixture;
  }
}
