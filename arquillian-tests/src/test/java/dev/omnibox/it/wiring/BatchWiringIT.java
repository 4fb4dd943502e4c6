package dev.omnibox.it.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.it.support.Deployments;
import dev.omnibox.it.support.Poll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Jakarta Batch runtime is JBeret, its JobOperator is injectable, and a job runs. */
@ExtendWith(ArquillianExtension.class)
class BatchWiringIT {

  private static final String JOB = "omnibox-it-wiring";

  private static final Set<BatchStatus> ENDED =
      EnumSet.of(
          BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

  @Deployment
  static WebArchive deployment() {
    return Deployments.withBatchJob(
        Deployments.webArchive("batch-wiring").addClass(WiringBatchlet.class), JOB);
  }

  @Inject JobOperator injectedOperator;

  @Test
  void injectedOperatorIsJberet() {
    assertThat(typeHierarchy(injectedOperator)).anyMatch(name -> name.startsWith("org.jberet."));
  }

  @Test
  void batchRuntimeOperatorIsJberet() {
    assertThat(typeHierarchy(BatchRuntime.getJobOperator()))
        .anyMatch(name -> name.startsWith("org.jberet."));
  }

  @Test
  void batchletJobCompletes() {
    String expectedExitStatus = "wired-" + UUID.randomUUID();
    Properties parameters = new Properties();
    parameters.setProperty("exitStatus", expectedExitStatus);

    long executionId = injectedOperator.start(JOB, parameters);
    BatchStatus status =
        Poll.until(
            "job execution " + executionId + " to end",
            Duration.ofSeconds(30),
            () -> injectedOperator.getJobExecution(executionId).getBatchStatus(),
            ENDED::contains);

    JobExecution execution = injectedOperator.getJobExecution(executionId);
    assertThat(status).isEqualTo(BatchStatus.COMPLETED);
    assertThat(execution.getExitStatus()).isEqualTo(expectedExitStatus);
  }

  /** Returns the names of the object's class and its superclasses, most specific first. */
  private static List<String> typeHierarchy(Object instance) {
    assertThat(instance).isNotNull();
    List<String> names = new ArrayList<>();
    for (Class<?> type = instance.getClass(); type != null; type = type.getSuperclass()) {
      names.add(type.getName());
    }
    return names;
  }
}
