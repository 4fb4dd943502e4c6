package dev.omnibox.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.batch.scheduler.JobSupervisor;
import dev.omnibox.batch.scheduler.ManagedJob;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.testing.InMemoryEventRepository;
import dev.omnibox.testing.InMemoryInboxRepository;
import dev.omnibox.testing.InMemoryOutboxRepository;
import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.RecordingPublisher;
import dev.omnibox.testing.TestEvents;
import jakarta.batch.runtime.BatchStatus;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The scheduler's supervisor against JBeret SE, with the relay job on the in-memory outbox. */
class JobSupervisorTest {

  private final MutableClock clock = new MutableClock(TestEvents.T0.plusSeconds(60));
  private final InMemoryOutboxRepository outbox =
      new InMemoryOutboxRepository(clock, InMemoryEventRepository.LOCKING);
  private final RecordingPublisher publisher = new RecordingPublisher();
  private final ManagedJob relay = relayJob();
  private final JobSupervisor supervisor = new JobSupervisor(Jobs.operator());

  @AfterEach
  void stopJobs() {
    supervisor.stopAll(List.of(relay));
    supervisor.executionOf(relay.key()).ifPresent(Jobs::awaitEnd);
    JobFixture.clear();
  }

  @Test
  void failedJob_isRestarted() {
    JobFixture.clear();
    supervisor.ensureRunning(relay);
    long failed = supervisor.executionOf(relay.key()).orElseThrow();
    assertThat(Jobs.awaitEnd(failed).getBatchStatus()).isEqualTo(BatchStatus.FAILED);

    installFixture();
    supervisor.ensureRunning(relay);
    long restarted = supervisor.executionOf(relay.key()).orElseThrow();
    assertThat(restarted).isNotEqualTo(failed);
    assertThat(Jobs.operator().getJobInstance(restarted).getInstanceId())
        .isEqualTo(Jobs.operator().getJobInstance(failed).getInstanceId());

    UUID id = store();
    Jobs.awaitCondition("the event published", () -> publisher.published().contains(id));
  }

  @Test
  void stopBySupervisor_isRestartedButOperatorStopIsNot() {
    installFixture();
    supervisor.ensureRunning(relay);
    long first = supervisor.executionOf(relay.key()).orElseThrow();
    Jobs.await(first, Set.of(BatchStatus.STARTED));

    supervisor.stopAll(List.of(relay));
    assertThat(Jobs.awaitEnd(first).getBatchStatus()).isEqualTo(BatchStatus.STOPPED);
    supervisor.ensureRunning(relay);
    long second = supervisor.executionOf(relay.key()).orElseThrow();
    assertThat(second).isNotEqualTo(first);
    Jobs.await(second, Set.of(BatchStatus.STARTED));

    Jobs.operator().stop(second);
    assertThat(Jobs.awaitEnd(second).getBatchStatus()).isEqualTo(BatchStatus.STOPPED);
    supervisor.ensureRunning(relay);
    assertThat(supervisor.executionOf(relay.key())).contains(second);
    assertThat(Jobs.operator().getJobExecution(second).getBatchStatus())
        .isEqualTo(BatchStatus.STOPPED);
  }

  @Test
  void newSupervisor_resumesStoppedExecution() {
    installFixture();
    supervisor.ensureRunning(relay);
    long before = supervisor.executionOf(relay.key()).orElseThrow();
    Jobs.await(before, Set.of(BatchStatus.STARTED));
    supervisor.stopAll(List.of(relay));
    Jobs.awaitEnd(before);

    JobSupervisor afterRestart = new JobSupervisor(Jobs.operator());
    afterRestart.ensureRunning(relay);
    long resumed = afterRestart.executionOf(relay.key()).orElseThrow();

    assertThat(Jobs.operator().getJobInstance(resumed).getInstanceId())
        .isEqualTo(Jobs.operator().getJobInstance(before).getInstanceId());
    Jobs.await(resumed, Set.of(BatchStatus.STARTED));
    afterRestart.stopAll(List.of(relay));
    Jobs.awaitEnd(resumed);
  }

  private void installFixture() {
    JobFixture.install(
        new JobFixture(
            outbox,
            new InMemoryInboxRepository(clock, InMemoryEventRepository.LOCKING),
            publisher,
            group -> {
              throw new IllegalArgumentException("no consumer groups in this test");
            },
            clock));
  }

  private UUID store() {
    OutboxEvent event = TestEvents.outbox().id(UUID.randomUUID()).partitionKey("k").build();
    outbox.put(event);
    return event.id();
  }

  private static ManagedJob relayJob() {
    Properties parameters = new Properties();
    parameters.setProperty(OmniboxJobs.POLL_INTERVAL, "PT0.1S");
    return new ManagedJob("relay-" + UUID.randomUUID(), OmniboxJobs.OUTBOX_RELAY, parameters);
  }
}
