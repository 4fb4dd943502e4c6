package dev.omnibox.ejb.jms;

import dev.omnibox.spi.PublishException;

/**
 * Sending an event failed for a reason outside the event: the broker or connection factory is
 * unreachable, out of resources, or the destination is missing. Transient: the attempt does not
 * count (see {@link JmsErrorRules}).
 */
public class BrokerUnavailableException extends PublishException {

  private static final long serialVersionUID = 1L;

  public BrokerUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
