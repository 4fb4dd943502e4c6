package dev.omnibox.batch.job;

import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OutboxRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;

/**
 * The relay contract on the JDBC storage over H2 with the shipped DDL, where each chunk is a real
 * transaction: a poisoned chunk's claims roll back, and the reader claims the event again to record
 * its failure.
 */
class H2RelayJobTest extends RelayJobContractTest {

  private final H2Database database = H2Database.create();

  @AfterEach
  void releaseDatabase() {
    H2Database.release();
  }

  @Override
  OutboxRepository outbox() {
    return database.storage().outbox();
  }

  @Override
  InboxRepository inbox() {
    return database.storage().inbox();
  }

  /** An hour ahead of the database clock, so retries the pipeline schedules are not due. */
  @Override
  Clock pipelineClock() {
    return Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
  }

  @Override
  void store(OutboxEvent event) {
    database.storage().outbox().insert(event);
  }

  @Override
  OutboxEvent find(UUID id) {
    return database.storage().outbox().findById(id).orElseThrow();
  }
}
