package dev.omnibox.ejb.inbox;

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
