package dev.omnibox.it.outbox;

import dev.omnibox.spi.OutboxRepository;
import dev.omnibox.testing.InMemoryEventRepository;
import dev.omnibox.testing.InMemoryOutboxRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;

/** Produces the {@link OutboxRepository} of the deployment: {@link BufferedOutboxRepository}. */
@ApplicationScoped
public class ItStorage {

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Produces
  @ApplicationScoped
  OutboxRepository outboxRepository() {
    return new BufferedOutboxRepository(
        new InMemoryOutboxRepository(Clock.systemUTC(), InMemoryEventRepository.LOCKING),
        transactions);
  }
}
