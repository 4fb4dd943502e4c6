package dev.omnibox.inbox;

import dev.omnibox.handler.HandlerStatus;
import java.util.Objects;
import java.util.UUID;

/**
 * The record of one call to {@link InboxConsumeService#process}.
 *
 * @param outcome what happened to the message
 * @param ackDecision which acknowledgement the service gave; exactly one per message
 * @param eventId the inbox row's id (the existing row's id for a duplicate), or null when no row
 *     was stored
 * @param messageId the message id, or null when the message had none
 * @param handlerStatus what the inline handler returned, or null when it did not run; {@link
 *     HandlerStatus#FAILED} when it raised an error on its last attempt and {@link
 *     HandlerStatus#RETRY} when it raised one with attempts left
 * @param error why the message was rejected or the handler failed, or null
 */
public record ConsumeResult(
    ConsumeOutcome outcome,
    AckDecision ackDecision,
    UUID eventId,
    String messageId,
    HandlerStatus handlerStatus,
    String error) {

  public ConsumeResult {
    Objects.requireNonNull(outcome, "outcome must not be null");
    Objects.requireNonNull(ackDecision, "ackDecision must not be null");
  }
}
