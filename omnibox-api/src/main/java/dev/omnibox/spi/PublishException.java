package dev.omnibox.spi;

import dev.omnibox.OmniboxException;

/** Sending an event to the broker failed. */
public class PublishException extends OmniboxException {

  private static final long serialVersionUID = 1L;

  public PublishException(String message, Throwable cause) {
    super(message, cause);
  }
}
