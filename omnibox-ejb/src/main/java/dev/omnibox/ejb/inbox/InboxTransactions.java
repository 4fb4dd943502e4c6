package dev.omnibox.ejb.inbox;

import dev.omnibox.inbox.ConsumeOutcome;
import dev.omnibox.inbox.ConsumeResult;
import dev.omnibox.inbox.InboxConsumeService;
import dev.omnibox.spi.ConsumedMessage;
import jakarta.annotation.Resource;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.UUID;

/** Runs each step of {@link InboxTransactionBoundary} in a {@code REQUIRES_NEW} transaction. */
@Stateless
@LocalBean
public class InboxTransactions implements InboxTransactionBoundary {

  @Resource private SessionContext context;

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ConsumeResult store(InboxConsumeService service, ConsumedMessage message) {
    return service.process(message);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public StoredAndHandled storeAndHandle(
      InboxConsumeService service, InlineHandling handling, ConsumedMessage message) {
    ConsumeResult consumed = service.process(message);
    if (consumed.outcome() != ConsumeOutcome.STORED) {
      return new StoredAndHandled(consumed, null);
    }
    HandlingAttempt attempt = handling.run(consumed.eventId());
    if (attempt.failed()) {
      context.setRollbackOnly();
    }
    return new StoredAndHandled(consumed, attempt);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean storeFailure(InlineHandling handling, HandlingAttempt attempt) {
    return handling.storeAndRecord(attempt);
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public HandlingAttempt handle(InlineHandling handling, UUID eventId) {
    HandlingAttempt attempt = handling.run(eventId);
    if (attempt.failed()) {
      context.setRollbackOnly();
    }
    return attempt;
  }

  @Override
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean record(InlineHandling handling, HandlingAttempt attempt) {
    return handling.record(attempt);
  }
}
