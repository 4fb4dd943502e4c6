package dev.omnibox.testing;

import dev.omnibox.model.EventStatus;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.InsertResult;
import dev.omnibox.spi.RepositoryCapabilities;
import java.time.Clock;
import java.util.Optional;

/**
 * A test fixture: an inbox repository in memory, used only by the pipeline tests and never a
 * storage option. With {@link RepositoryCapabilities#uniqueInboxKey()} false it behaves like a
 * partitioned table: the same message may be stored twice, and {@link #hasCompletedSibling} finds
 * the other row.
 */
public final class InMemoryInboxRepository extends InMemoryEventRepository<InboxEvent>
    implements InboxRepository {

  public InMemoryInboxRepository(Clock clock, RepositoryCapabilities capabilities) {
    super(clock, capabilities);
  }

  @Override
  public synchronized InsertResult<InboxEvent> insert(InboxEvent event) {
    if (capabilities().uniqueInboxKey()) {
      Optional<InboxEvent> existing = findByMessageId(event.messageId(), event.consumerGroup());
      if (existing.isPresent()) {
        return InsertResult.duplicateOf(existing.get());
      }
    }
    return InsertResult.inserted(put(event));
  }

  @Override
  public synchronized Optional<InboxEvent> findByMessageId(String messageId, String consumerGroup) {
    return all().stream().filter(event -> sameKey(event, messageId, consumerGroup)).findFirst();
  }

  @Override
  public synchronized boolean hasCompletedSibling(InboxEvent event) {
    return all().stream()
        .anyMatch(
            other ->
                !other.id().equals(event.id())
                    && sameKey(other, event.messageId(), event.consumerGroup())
                    && other.status() == EventStatus.COMPLETED);
  }

  /** Inbox rows carry no partition key, so per-key ordering never delays one. */
  @Override
  protected String keyOf(InboxEvent event) {
    return null;
  }

  @Override
  protected boolean matchesScope(InboxEvent event, FetchFilters filters) {
    boolean group =
        filters.consumerGroup() == null || filters.consumerGroup().equals(event.consumerGroup());
    boolean source = filters.sources().isEmpty() || filters.sources().contains(event.source());
    return group && source;
  }

  private static boolean sameKey(InboxEvent event, String messageId, String consumerGroup) {
    return event.messageId().equals(messageId) && event.consumerGroup().equals(consumerGroup);
  }
}
