package dev.omnibox.ejb.inbox;

import dev.omnibox.inbox.ConsumeResult;
import dev.omnibox.inbox.InboxConsumeService;
import dev.omnibox.spi.ConsumedMessage;
import java.util.UUID;

/**
 * The new transactions (T0, Ts, Th, T2) of a {@link TransactionPlan}. In the container, {@link
 * InboxTransactions} runs each method in {@code REQUIRES_NEW}.
 */
public interface InboxTransactionBoundary {

  /**
   * The outcome of {@link #storeAndHandle}.
   *
   * @param consumed what the consume service did
   * @param handled what the handlers did, or null when the message was not stored as a new row
   */
  record StoredAndHandled(ConsumeResult consumed, HandlingAttempt handled) {}

  /**
   * Stores {@code message} and runs the handlers of the new row in one transaction (Ts), committing
   * on success and rolling back, row included, when the attempt failed.
   */
  StoredAndHandled storeAndHandle(
      InboxConsumeService service, InlineHandling handling, ConsumedMessage message);

  /** Stores the row of an attempt whose Ts rolled back, with its retry or failure (T2). */
  boolean storeFailure(InlineHandling handling, HandlingAttempt attempt);

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
