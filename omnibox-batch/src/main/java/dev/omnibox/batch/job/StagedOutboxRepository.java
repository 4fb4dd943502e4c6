package dev.omnibox.batch.job;

import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.InsertResult;
import dev.omnibox.spi.OutboxRepository;

/** The {@link StagedRepository} of the outbox relay. */
final class StagedOutboxRepository extends StagedRepository<OutboxEvent>
    implements OutboxRepository {

  StagedOutboxRepository(OutboxRepository delegate) {
    super(delegate);
  }

  @Override
  public InsertResult<OutboxEvent> insert(OutboxEvent event) {
    throw unsupported("insert");
  }
}
