package dev.omnibox.ejb.inbox;

import dev.omnibox.handler.HandlerStatus;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.spi.FailureUpdate;

/**
 * The outcome of running the handlers of one stored row in a new transaction.
 *
 * @param status what the handlers returned, {@link HandlerStatus#FAILED} or {@link
 *     HandlerStatus#RETRY} for a raised error, or null when the row was not claimed
 * @param event the claimed row, or null when another worker holds it
 * @param failure the retry or failure to record after rolling back, or null when the handlers
 *     succeeded
 */
public record HandlingAttempt(HandlerStatus status, InboxEvent event, FailureUpdate failure) {

  static HandlingAttempt claimLost() {
    return new HandlingAttempt(null, null, null);
  }

  /** Returns whether the handlers' writes must roll back and {@link #failure()} be recorded. */
  public boolean failed() {
    return failure != null;
  }
}
