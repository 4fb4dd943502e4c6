package dev.omnibox.inbox;

import dev.omnibox.OmniboxException;

/**
 * A consumed message could not be stored in the inbox, so it was not acknowledged and the broker
 * will deliver it again.
 */
public class InboxPersistException extends OmniboxException {

  private static final long serialVersionUID = 1L;

  public InboxPersistException(String message, Throwable cause) {
    super(message, cause);
  }
}
