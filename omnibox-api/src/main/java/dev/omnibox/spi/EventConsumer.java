package dev.omnibox.spi;

/**
 * Takes messages from a broker adapter into the inbox. A JMS message-driven bean, or any other
 * listener, converts each message to a {@link ConsumedMessage} and calls {@link #consume}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface EventConsumer {

  /**
   * Stores, and depending on the configuration handles, one message, then acknowledges it through
   * its {@link AckHandle}.
   *
   * @throws dev.omnibox.inbox.InboxPersistException when the message could not be stored; nothing
   *     was acknowledged and the broker will redeliver it
   */
  void consume(ConsumedMessage message);
}
