package dev.omnibox.batch.job;

import dev.omnibox.model.InboxEvent;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.InsertResult;
import java.util.Optional;

/** The {@link StagedRepository} of the inbox dispatch; duplicate checks read the real table. */
final class StagedInboxRepository extends StagedRepository<InboxEvent> implements InboxRepository {

  private final InboxRepository inbox;

  StagedInboxRepository(InboxRepository delegate) {
    super(delegate);
    this.inbox = delegate;
  }

  @Override
  public InsertResult<InboxEvent> insert(InboxEvent event) {
    throw unsupported("insert");
  }

  @Override
  public Optional<InboxEvent> findByMessageId(String messageId, String consumerGroup) {
    return inbox.findByMessageId(messageId, consumerGroup);
  }

  @Override
  public boolean hasCompletedSibling(InboxEvent event) {
    return inbox.hasCompletedSibling(event);
  }
}
