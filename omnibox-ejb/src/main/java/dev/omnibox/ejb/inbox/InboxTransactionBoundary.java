package dev.omnibox.ejb.inbox;

import dev.omnibox.inbox.ConsumeResult;
import dev.omnibox.inbox.InboxConsumeService;
import dev.omnibox.spi.ConsumedMessage;
import java.util.UUID;

/**
 * The new transactions (T0, Th, T2) of a {@link TransactionPlan}. In the container, {@link
 * InboxTransactions} runs each method in {@code REQUIRES_NEW}.
 */
public interface InboxTransactionBoundary {

  /** Stores {@code message} and commits (T0). */
  ConsumeResult store(InboxConsumeService service, ConsumedMessage message);

  /**
   * Runs the handlers of a committed row (Th), committing on success and rolling back when the
   * attempt failed.
   */
  HandlingAttempt handle(InlineHandling handling, UUID eventId);

  /** Records a failed attempt after its transaction rolled back (T2). */
  boolean record(InlineHandling handling, HandlingAttempt attempt);
}
