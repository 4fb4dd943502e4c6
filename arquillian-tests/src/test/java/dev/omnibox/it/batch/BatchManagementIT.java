package dev.omnibox.it.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.ejb.storage.OmniboxStorage;
import dev.omnibox.it.support.Deployments;
import dev.omnibox.it.support.Poll;
import dev.omnibox.model.OutboxEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.as.controller.client.helpers.Operations;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The relay that the scheduler starts shows in WildFly's batch management of the deployment, and
 * the management operations stop and restart it. Runs in the test JVM against the management API,
 * the same operations {@code jboss-cli} sends.
 */
@ExtendWith(ArquillianExtension.class)
class BatchManagementIT {

  private static final String DEPLOYMENT = "batch-management.war";

  @Deployment(testable = false)
  static WebArchive deployment() {
    WebArchive archive =
        Deployments.withQueues(
                Deployments.webArchive(DEPLOYMENT.replace(".war", "")), RelayResources.QUEUE)
            .addClasses(RelayResources.class);
    Deployments.withLibraryOf(archive, OutboxEvent.class);
    Deployments.withLibraryOf(archive, OmniboxStorage.class);
    return Deployments.withLibraryOf(archive, OmniboxJobs.class);
  }

  @ArquillianResource ManagementClient management;

  @Test
  void relay_listedStoppedAndRestarted() {
    long executionId =
        Poll.until(
            "a running relay in the batch management",
            Duration.ofSeconds(60),
            this::runningRelayExecution,
            id -> id > 0);

    ModelNode stop = Operations.createOperation("stop-job", batchAddress());
    stop.get("execution-id").set(executionId);
    execute(stop);
    assertThat(
            Poll.until(
                "execution " + executionId + " to stop",
                Duration.ofSeconds(60),
                () -> batchStatus(executionId),
                status -> status.equals("STOPPED") || status.equals("FAILED")))
        .isEqualTo("STOPPED");

    ModelNode restart = Operations.createOperation("restart-job", batchAddress());
    restart.get("execution-id").set(executionId);
    long restartedId = execute(restart).asLong();
    assertThat(
            Poll.until(
                "execution " + restartedId + " to start",
                Duration.ofSeconds(60),
                () -> batchStatus(restartedId),
                status -> !status.equals("STARTING") && !status.equals("UNKNOWN")))
        .isEqualTo("STARTED");
  }

  /** Returns the id of a STARTED relay execution, or -1 when there is none yet. */
  private long runningRelayExecution() {
    ModelNode executions = relayJob().get("execution");
    if (!executions.isDefined()) {
      return -1;
    }
    for (String id : executions.keys()) {
      if (executions.get(id, "batch-status").asString().equals("STARTED")) {
        return Long.parseLong(id);
      }
    }
    return -1;
  }

  private String batchStatus(long executionId) {
    ModelNode execution = relayJob().get("execution", Long.toString(executionId));
    return execution.isDefined() ? execution.get("batch-status").asString() : "UNKNOWN";
  }

  private ModelNode relayJob() {
    ModelNode read = Operations.createReadResourceOperation(batchAddress(), true);
    read.get("include-runtime").set(true);
    return execute(read).get("job", OmniboxJobs.OUTBOX_RELAY);
  }

  private ModelNode execute(ModelNode operation) {
    try {
      ModelNode outcome = management.getControllerClient().execute(operation);
      if (!Operations.isSuccessfulOutcome(outcome)) {
        throw new AssertionError(
            "management operation failed: "
                + Operations.getFailureDescription(outcome).asString()
                + " for "
                + operation);
      }
      return Operations.readResult(outcome);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ModelNode batchAddress() {
    return Operations.createAddress("deployment", DEPLOYMENT, "subsystem", "batch-jberet");
  }
}
