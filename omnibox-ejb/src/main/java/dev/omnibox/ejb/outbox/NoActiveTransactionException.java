package dev.omnibox.ejb.outbox;

import dev.omnibox.OmniboxException;

/**
 * An outbox event was written with no active JTA transaction, so it could not join the business
 * transaction. Nothing was stored.
 */
public class NoActiveTransactionException extends OmniboxException {

  private static final long serialVersionUID = 1L;

  private final String eventType;

  public NoActiveTransactionException(String message, String eventType) {
    super(message);
    this.eventType = eventType;
  }

  /** Returns the event type of the rejected event. */
  public String eventType() {
    return eventType;
  }
}
