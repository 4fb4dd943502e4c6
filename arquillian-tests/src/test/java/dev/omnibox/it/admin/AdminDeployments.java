package dev.omnibox.it.admin;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.it.batch.RelayResources;
import dev.omnibox.it.support.Deployments;
import dev.omnibox.model.OutboxEvent;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives of the admin tests. */
final class AdminDeployments {

  private AdminDeployments() {}

  /**
   * Creates a WAR with the outbox, inbox and dead-letter storage and a JAX-RS application of its
   * own.
   */
  static WebArchive withStorage(String name) {
    WebArchive archive =
        Deployments.webArchive(name)
            .addClasses(
                AdminItResources.class, AdminItApplication.class, AdminItApplication.Ping.class);
    Deployments.withLibraryOf(archive, OutboxEvent.class);
    return Deployments.withLibraryOf(archive, OmniboxStorage.class);
  }

  /** Creates a WAR whose scheduler runs the omnibox jobs, as in the batch management test. */
  static WebArchive withJobs(String name) {
    WebArchive archive =
        Deployments.withQueues(Deployments.webArchive(name), RelayResources.QUEUE)
            .addClasses(RelayResources.class);
    Deployments.withLibraryOf(archive, OutboxEvent.class);
    Deployments.withLibraryOf(archive, OmniboxStorage.class);
    return Deployments.withLibraryOf(archive, OmniboxJobs.class);
  }
}
