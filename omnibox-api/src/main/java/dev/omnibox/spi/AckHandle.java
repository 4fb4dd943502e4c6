package dev.omnibox.spi;

/**
 * Acknowledges one consumed message to its broker.
 *
 * <p>Under JTA the acknowledgement is the transaction commit: {@link #ack()} lets it commit and
 * {@link #reject()} marks it for rollback so the broker redelivers. Each method is called at most
 * once per message, and never both.
 *
 * @since 0.1
 */
public interface AckHandle {

  /** A handle for sources that need no acknowledgement; both methods do nothing. */
  AckHandle NONE =
      new AckHandle() {
        @Override
        public void ack() {}

        @Override
        public void reject() {}
      };

  /** Confirms the message, so the broker does not deliver it again. */
  void ack();

  /** Refuses the message, so the broker delivers it again (or dead-letters it after its limit). */
  void reject();
}
