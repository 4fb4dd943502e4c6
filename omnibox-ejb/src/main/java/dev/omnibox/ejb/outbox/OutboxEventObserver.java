package dev.omnibox.ejb.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Writes CDI events to the outbox: every {@link OutboxMessage}, and every payload record fired with
 * the {@link ToOutbox} qualifier. The observers are synchronous and have no transaction phase, so
 * they run in the firing thread inside the caller's transaction, in the order the events are fired,
 * and an exception reaches the caller's {@code fire()}.
 */
@ApplicationScoped
public class OutboxEventObserver {

  @Inject Outbox outbox;

  void onMessage(@Observes OutboxMessage message) {
    outbox.publish(message);
  }

  void onPayload(@Observes @ToOutbox Record payload) {
    outbox.publish(payload);
  }
}
