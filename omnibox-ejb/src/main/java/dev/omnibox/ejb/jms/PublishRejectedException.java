package dev.omnibox.ejb.jms;

import dev.omnibox.spi.PublishException;

/**
 * The broker or the message format rejected an event, so sending it again is not expected to help.
 * Permanent: the attempt counts (see {@link JmsErrorRules}).
 */
public class PublishRejectedException extends PublishException {

  private static final long serialVersionUID = 1L;

  public PublishRejectedException(String message, Throwable cause) {
    super(message, cause);
  }
}
