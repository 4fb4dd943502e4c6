package dev.omnibox.testing;

import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.InsertResult;
import dev.omnibox.spi.OutboxRepository;
import dev.omnibox.spi.RepositoryCapabilities;
import java.time.Clock;

/**
 * A test fixture: an outbox repository in memory, used only by the pipeline tests and never a
 * storage option. See {@link InMemoryEventRepository}.
 */
public final class InMemoryOutboxRepository extends InMemoryEventRepository<OutboxEvent>
    implements OutboxRepository {

  public InMemoryOutboxRepository(Clock clock, RepositoryCapabilities capabilities) {
    super(clock, capabilities);
  }

  @Override
  public synchronized InsertResult<OutboxEvent> insert(OutboxEvent event) {
    if (event.idempotencyKey() != null) {
      for (OutboxEvent existing : all()) {
        if (event.idempotencyKey().equals(existing.idempotencyKey())) {
          return InsertResult.duplicateOf(existing);
        }
      }
    }
    return InsertResult.inserted(put(event));
  }

  @Override
  protected String keyOf(OutboxEvent event) {
    return event.partitionKey();
  }

  @Override
  protected boolean matchesScope(OutboxEvent event, FetchFilters filters) {
    return filters.topics().isEmpty() || filters.topics().contains(event.topic());
  }
}
