package dev.omnibox.ejb.admin;

import dev.omnibox.model.StoredEvent;
import dev.omnibox.spi.DeadLetterStore;
import dev.omnibox.spi.EventAdministration;
import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OutboxRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The storage beans that the application produces. The outbox, the inbox and the dead-letter store
 * are each optional, so an application with only an outbox still gets a working console.
 */
@RequestScoped
class AdminStorage {

  @Inject Instance<OutboxRepository> outbox;
  @Inject Instance<InboxRepository> inbox;
  @Inject Instance<DeadLetterStore> deadLetters;

  /** Returns the repository of a kind, or empty when the application has no single bean of it. */
  Optional<EventRepository<? extends StoredEvent>> repository(EventKind kind) {
    Instance<? extends EventRepository<? extends StoredEvent>> beans =
        kind == EventKind.OUTBOX ? outbox : inbox;
    return beans.isResolvable() ? Optional.of(beans.get()) : Optional.empty();
  }

  /** Returns the repository of a kind, or a 404 naming the missing bean. */
  EventRepository<? extends StoredEvent> require(EventKind kind) {
    return repository(kind)
        .orElseThrow(
            () ->
                Problems.notFound(
                    "This application has no single "
                        + beanName(kind)
                        + " bean, so it has no "
                        + kind.name().toLowerCase(java.util.Locale.ROOT)
                        + " events"));
  }

  /** Returns the operator queries of a kind, or a 501 when its storage has none. */
  EventAdministration<? extends StoredEvent> administration(EventKind kind) {
    EventRepository<? extends StoredEvent> repository = require(kind);
    Optional<? extends EventAdministration<? extends StoredEvent>> administration =
        repository.administration();
    return administration.orElseThrow(
        () ->
            Problems.notImplemented(
                "The "
                    + beanName(kind)
                    + " of this application ("
                    + repository.getClass().getName()
                    + ") returns no "
                    + EventAdministration.class.getSimpleName()
                    + " from administration(), so the console cannot query it"));
  }

  Optional<DeadLetterStore> deadLetters() {
    return deadLetters.isResolvable() ? Optional.of(deadLetters.get()) : Optional.empty();
  }

  DeadLetterStore requireDeadLetters() {
    return deadLetters()
        .orElseThrow(
            () ->
                Problems.notFound(
                    "This application has no single DeadLetterStore bean, so it has no dead"
                        + " letters"));
  }

  private static String beanName(EventKind kind) {
    return kind == EventKind.OUTBOX ? "OutboxRepository" : "InboxRepository";
  }
}
