package dev.omnibox.batch.job;

import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OutboxRepository;
import dev.omnibox.testing.InMemoryEventRepository;
import dev.omnibox.testing.InMemoryInboxRepository;
import dev.omnibox.testing.InMemoryOutboxRepository;
import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.TestEvents;
import java.time.Clock;
import java.util.UUID;

/**
 * The relay contract on the in-memory test repository of omnibox-api, which has no transactions: a
 * rolled-back chunk leaves its leases, which the reader then releases.
 */
class InMemoryRelayJobTest extends RelayJobContractTest {

  private final MutableClock clock = new MutableClock(TestEvents.T0.plusSeconds(60));
  private final InMemoryOutboxRepository outbox =
      new InMemoryOutboxRepository(clock, InMemoryEventRepository.LOCKING);

  @Override
  OutboxRepository outbox() {
    return outbox;
  }

  @Override
  InboxRepository inbox() {
    return new InMemoryInboxRepository(clock, InMemoryEventRepository.LOCKING);
  }

  @Override
  Clock pipelineClock() {
    return clock;
  }

  @Override
  void store(OutboxEvent event) {
    outbox.put(event);
  }

  @Override
  OutboxEvent find(UUID id) {
    return outbox.get(id);
  }
}
