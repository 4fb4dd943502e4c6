package dev.omnibox.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.batch.InboxRouters;
import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.ejb.jms.PublishMode;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OutboxRepository;
import dev.omnibox.testing.RecordingPublisher;
import jakarta.batch.runtime.BatchStatus;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The relay contract on the JDBC storage over H2 with the shipped DDL, where each chunk is a real
 * transaction: a poisoned chunk's claims roll back, and the reader claims the event again to record
 * its failure. The publish-mode tests check where the send runs against that transaction.
 */
class H2RelayJobTest extends RelayJobContractTest {

  private final H2Database database = H2Database.create();

  @AfterEach
  void releaseDatabase() {
    H2Database.release();
  }

  @Override
  OutboxRepository outbox() {
    return database.storage().outbox();
  }

  @Override
  InboxRepository inbox() {
    return database.storage().inbox();
  }

  /** An hour ahead of the database clock, so retries the pipeline schedules are not due. */
  @Override
  Clock pipelineClock() {
    return Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
  }

  @Override
  void store(OutboxEvent event) {
    database.storage().outbox().insert(event);
  }

  @Override
  OutboxEvent find(UUID id) {
    return database.storage().outbox().findById(id).orElseThrow();
  }

  @Test
  void atLeastOnce_sendsOutsideChunkTransaction() {
    List<UUID> ids = storeEvents(8, 8);
    Map<UUID, Integer> statusAtSend = recordStatusAtSend();

    long executionId = Jobs.start(OmniboxJobs.OUTBOX_RELAY, drain(4, PublishMode.AT_LEAST_ONCE));

    assertThat(Jobs.awaitEnd(executionId).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(statusAtSend.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(statusAtSend.values()).containsOnly(Status.STATUS_NO_TRANSACTION);
    assertThat(ids).allMatch(id -> find(id).status() == EventStatus.COMPLETED);
  }

  @Test
  void xa_sendsInsideChunkTransaction() {
    List<UUID> ids = storeEvents(8, 8);
    Map<UUID, Integer> statusAtSend = recordStatusAtSend();

    long executionId = Jobs.start(OmniboxJobs.OUTBOX_RELAY, drain(4, PublishMode.XA));

    assertThat(Jobs.awaitEnd(executionId).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(statusAtSend.keySet()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(statusAtSend.values()).containsOnly(Status.STATUS_ACTIVE);
    assertThat(ids).allMatch(id -> find(id).status() == EventStatus.COMPLETED);
  }

  /**
   * A chunk whose commit fails after its sends, as a crash between the send and the mark would: the
   * events stay PENDING, and the restarted job sends each of them again.
   */
  @Test
  void atLeastOnce_failedCommitSendsAgainNeverLoses() {
    List<UUID> ids = storeEvents(4, 4);
    RecordingPublisher recording = new RecordingPublisher();
    InboxRouters noRouters =
        group -> {
          throw new IllegalArgumentException("the relay tests register no consumer group");
        };
    JobFixture.install(
        new JobFixture(
            failingFirstMarkCompleted(outbox()), inbox(), recording, noRouters, pipelineClock()));
    Map<String, String> parameters = drain(10, PublishMode.AT_LEAST_ONCE);

    long first = Jobs.start(OmniboxJobs.OUTBOX_RELAY, parameters);

    assertThat(Jobs.awaitEnd(first).getBatchStatus()).isEqualTo(BatchStatus.FAILED);
    assertThat(recording.published()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(ids).allMatch(id -> find(id).status() == EventStatus.PENDING);
    assertThat(ids).noneMatch(id -> find(id).isLocked());

    long second = Jobs.restart(first, parameters);

    assertThat(Jobs.awaitEnd(second).getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    List<UUID> twice = new ArrayList<>(ids);
    twice.addAll(ids);
    assertThat(recording.published()).containsExactlyInAnyOrderElementsOf(twice);
    assertThat(ids).allMatch(id -> find(id).status() == EventStatus.COMPLETED);
  }

  /** Installs a publisher that records the test transaction's status at each send. */
  private Map<UUID, Integer> recordStatusAtSend() {
    Map<UUID, Integer> statusAtSend = new ConcurrentHashMap<>();
    use(event -> statusAtSend.put(event.id(), transactionStatus()));
    return statusAtSend;
  }

  private static int transactionStatus() {
    try {
      return LocalTransactionState.manager().getStatus();
    } catch (SystemException e) {
      throw new IllegalStateException("could not read the transaction status", e);
    }
  }

  /** Returns {@code outbox} whose first {@code markCompleted} throws. */
  private static OutboxRepository failingFirstMarkCompleted(OutboxRepository outbox) {
    AtomicBoolean failed = new AtomicBoolean();
    return (OutboxRepository)
        Proxy.newProxyInstance(
            OutboxRepository.class.getClassLoader(),
            new Class<?>[] {OutboxRepository.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("markCompleted") && failed.compareAndSet(false, true)) {
                throw new IllegalStateException("simulated crash before the chunk commit");
              }
              try {
                return method.invoke(outbox, arguments);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
