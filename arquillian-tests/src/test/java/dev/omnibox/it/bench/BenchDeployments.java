package dev.omnibox.it.bench;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.batch.scheduler.OmniboxJobScheduler;
import dev.omnibox.ejb.outbox.Outbox;
import dev.omnibox.it.support.Deployments;
import dev.omnibox.model.OutboxEvent;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Builds the archives of the benchmark; runs in the test JVM only. */
final class BenchDeployments {

  private BenchDeployments() {}

  /**
   * Returns a WAR with omnibox-api, omnibox-ejb, the benchmark's shared classes and its queues.
   * With {@code fastPath} false, its MicroProfile Config turns the outbox fast path off.
   */
  static WebArchive outbox(String name, boolean fastPath, String... queues) {
    WebArchive archive =
        Deployments.webArchive(name)
            .addClasses(
                BenchSettings.class,
                BenchReport.class,
                BenchResources.class,
                BenchTables.class,
                Clients.class,
                QueueDrain.class,
                StatementCounter.class);
    Deployments.withQueues(archive, queues);
    Deployments.withLibraryOf(archive, Outbox.class);
    Deployments.withLibraryOf(archive, OutboxEvent.class);
    if (!fastPath) {
      archive.addAsResource(
          new StringAsset(Outbox.FAST_PATH_ENABLED + "=false\n"),
          "META-INF/microprofile-config.properties");
    }
    return archive;
  }

  /** Adds omnibox-batch, without its scheduler, so the benchmark starts the relay itself. */
  static WebArchive withRelayJob(WebArchive archive) {
    return Deployments.withLibraryOf(archive, OmniboxJobs.class, OmniboxJobScheduler.class);
  }
}
