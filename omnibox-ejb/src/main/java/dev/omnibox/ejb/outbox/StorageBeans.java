package dev.omnibox.ejb.outbox;

import dev.omnibox.spi.OutboxRepository;
import jakarta.enterprise.inject.Instance;

/**
 * Looks up the outbox storage when the outbox is first used, not at deployment, so that an
 * application that only consumes messages deploys without producing an {@link OutboxRepository}.
 */
final class StorageBeans {

  private StorageBeans() {}

  static OutboxRepository requireOutboxRepository(Instance<OutboxRepository> repositories) {
    if (!repositories.isResolvable()) {
      throw new IllegalStateException(
          "The omnibox outbox needs one OutboxRepository bean, but "
              + (repositories.isAmbiguous() ? "several are" : "none is")
              + " resolvable; produce the JpaOutboxRepository of omnibox storage with @Produces");
    }
    return repositories.get();
  }
}
