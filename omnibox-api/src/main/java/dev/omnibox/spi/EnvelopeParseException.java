package dev.omnibox.spi;

import dev.omnibox.OmniboxException;

/** A message could not be turned into an inbox row; it is stored as FAILED, not retried. */
public class EnvelopeParseException extends OmniboxException {

  private static final long serialVersionUID = 1L;

  public EnvelopeParseException(String message, Throwable cause) {
    super(message, cause);
  }
}
