package dev.omnibox.it.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.it.support.Deployments;
import dev.omnibox.it.support.Jdbc;
import dev.omnibox.it.support.Poll;
import dev.omnibox.model.OutboxEvent;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job scheduler as deployed: the EJB singleton starts the relay when the application starts,
 * with default settings, and the relay publishes what is committed afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class SchedulerIT {

  @Deployment
  static WebArchive deployment() {
    WebArchive archive =
        Deployments.withQueues(Deployments.webArchive("scheduler"), RelayResources.QUEUE)
            .addClasses(RelayResources.class);
    Deployments.withLibraryOf(archive, OutboxEvent.class);
    Deployments.withLibraryOf(archive, OmniboxStorage.class);
    return Deployments.withLibraryOf(archive, OmniboxJobs.class);
  }

  @Inject JobOperator operator;
  @Inject RelayResources resources;

  @Test
  void scheduler_startsRelayAtDeployment() {
    List<Long> running =
        Poll.until(
            "the scheduler to start the relay",
            Duration.ofSeconds(60),
            () -> runningRelays(),
            executions -> !executions.isEmpty());

    assertThat(running).hasSize(1);
    assertThat(operator.getJobExecution(running.get(0)).getBatchStatus())
        .isIn(BatchStatus.STARTING, BatchStatus.STARTED);

    Instant now = Instant.now();
    UUID id = UUID.randomUUID();
    resources
        .storage()
        .outbox()
        .insert(
            OutboxEvent.builder()
                .id(id)
                .eventType("order.created")
                .payload("{}")
                .schemaVersion("1")
                .topic(RelayResources.QUEUE)
                .maxAttempts(3)
                .scheduledAt(now)
                .createdAt(now)
                .updatedAt(now)
                .build());
    Poll.until(
        "the relay to publish event " + id,
        Duration.ofSeconds(60),
        () ->
            Jdbc.queryLong(
                resources.dataSource(),
                "SELECT COUNT(*) FROM outbox_events WHERE id = ? AND status = 'COMPLETED'",
                id),
        count -> count == 1);
  }

  private List<Long> runningRelays() {
    try {
      return operator.getRunningExecutions(OmniboxJobs.OUTBOX_RELAY);
    } catch (jakarta.batch.operations.NoSuchJobException e) {
      return List.of();
    }
  }
}
