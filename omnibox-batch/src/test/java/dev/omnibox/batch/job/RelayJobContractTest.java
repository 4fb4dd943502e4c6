package dev.omnibox.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.batch.InboxRouters;
import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.ejb.jms.PublishMode;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.EventPublisher;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OutboxRepository;
import dev.omnibox.spi.PublishException;
import dev.omnibox.testing.RecordingPublisher;
import dev.omnibox.testing.TestEvents;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay job's behaviour, run by JBeret SE on the storage a subclass provides: what it
 * publishes, how it records failures and poisoned chunks, how it stops and restarts, and how
 * partitions share the keys.
 */
abstract class RelayJobContractTest {

  private final RecordingPublisher recording = new RecordingPublisher();

  /** Returns the outbox under test, empty. */
  abstract OutboxRepository outbox();

  /** Returns an inbox for the fixture; the relay does not use it. */
  abstract InboxRepository inbox();

  /** Returns the clock of the pipeline, whose retries must not fall due during a test. */
  abstract Clock pipelineClock();

  /** Stores a new PENDING event. */
  abstract void store(OutboxEvent event);

  @BeforeEach
  void installFixture() {
    use(recording);
  }

  @AfterEach
  void clearFixture() {
    JobFixture.clear();
  }

  @Test
  void drain_publishesEveryEventOnce() {
    List<UUID> ids = storeEvents(25, 25);

    JobExecution execution = Jobs.awaitEnd(Jobs.start(OmniboxJobs.OUTBOX_RELAY, drain(10)));

    assertThat(execution.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(recording.published()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(ids).allMatch(id -> status(id) == EventStatus.COMPLETED);
  }

  @Test
  void failingPublish_recordedWhileOthersComplete() {
    List<UUID> ids = storeEvents(6, 6);
    UUID failing = ids.get(3);
    recording.failWith(
        event ->
            event.id().equals(failing)
                ? new PublishException("broker rejected the message", null)
                : null);

    JobExecution execution = Jobs.awaitEnd(Jobs.start(OmniboxJobs.OUTBOX_RELAY, drain(10)));

    assertThat(execution.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    OutboxEvent failed = find(failing);
    assertThat(failed.status()).isEqualTo(EventStatus.PENDING);
    assertThat(failed.attemptsMade()).isEqualTo(1);
    assertThat(failed.lastError()).contains("broker rejected the message");
    assertThat(failed.isLocked()).isFalse();
    assertThat(recording.published()).containsExactlyInAnyOrderElementsOf(without(ids, failing));
    assertThat(without(ids, failing)).allMatch(id -> status(id) == EventStatus.COMPLETED);
  }

  /**
   * The publisher marks the chunk transaction for rollback, so it must run inside it: in the XA
   * mode. In the at-least-once mode the send runs with the transaction suspended.
   */
  @Test
  void poisonedChunk_othersCompleteAndFailureRecorded() {
    List<UUID> ids = storeEvents(6, 6);
    UUID poisoned = ids.get(2);
    use(
        event -> {
          recording.publish(event);
          if (event.id().equals(poisoned)) {
            LocalTransactionState.markRollbackOnly();
          }
        });

    JobExecution execution =
        Jobs.awaitEnd(Jobs.start(OmniboxJobs.OUTBOX_RELAY, drain(10, PublishMode.XA)));

    assertThat(execution.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    OutboxEvent failed = find(poisoned);
    assertThat(failed.status()).isEqualTo(EventStatus.PENDING);
    assertThat(failed.attemptsMade()).isEqualTo(1);
    assertThat(failed.lastError()).contains("marked for rollback");
    assertThat(failed.isLocked()).isFalse();
    assertThat(without(ids, poisoned)).allMatch(id -> status(id) == EventStatus.COMPLETED);
    assertThat(new HashSet<>(recording.published())).containsExactlyInAnyOrderElementsOf(ids);
  }

  @Test
  void stopDuringPoll_endsStoppedAndRestartContinues() {
    List<UUID> first = storeEvents(5, 5);
    Map<String, String> parameters = continuous(Duration.ofSeconds(20));
    long executionId = Jobs.start(OmniboxJobs.OUTBOX_RELAY, parameters);
    Jobs.awaitCondition("the first events published", () -> recording.published().size() == 5);

    long stopRequested = System.nanoTime();
    Jobs.operator().stop(executionId);
    JobExecution stopped = Jobs.awaitEnd(executionId);
    Duration stopTime = Duration.ofNanos(System.nanoTime() - stopRequested);

    assertThat(stopped.getBatchStatus()).isEqualTo(BatchStatus.STOPPED);
    assertThat(stopTime).isLessThan(Duration.ofSeconds(10));
    assertThat(first).allMatch(id -> status(id) == EventStatus.COMPLETED);

    List<UUID> second = storeEvents(5, 5);
    long restartedId = Jobs.restart(executionId, parameters);
    Jobs.awaitCondition("the later events published", () -> recording.published().size() == 10);
    Jobs.operator().stop(restartedId);

    assertThat(Jobs.awaitEnd(restartedId).getBatchStatus()).isEqualTo(BatchStatus.STOPPED);
    List<UUID> all = new ArrayList<>(first);
    all.addAll(second);
    assertThat(recording.published()).containsExactlyInAnyOrderElementsOf(all);
    assertThat(all).allMatch(id -> status(id) == EventStatus.COMPLETED);
  }

  @Test
  void twoPartitions_neverTakeTheSameKey() {
    List<UUID> ids = storeEvents(60, 12);
    Map<String, Set<String>> workersByKey = Collections.synchronizedMap(new HashMap<>());
    List<String> publishOrder = Collections.synchronizedList(new ArrayList<>());
    use(
        event -> {
          workersByKey
              .computeIfAbsent(
                  event.partitionKey(), key -> Collections.synchronizedSet(new HashSet<>()))
              .add(event.lockedBy());
          publishOrder.add(event.partitionKey() + "#" + event.aggregateId());
          recording.publish(event);
        });
    Map<String, String> parameters = new HashMap<>(drain(5));
    parameters.put(OmniboxJobs.PARTITIONS, "2");

    JobExecution execution = Jobs.awaitEnd(Jobs.start(OmniboxJobs.OUTBOX_RELAY, parameters));

    assertThat(execution.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(recording.published()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(workersByKey).hasSize(12);
    workersByKey.forEach(
        (key, workers) -> assertThat(workers).as("workers of key %s", key).hasSize(1));
    Set<String> allWorkers = new HashSet<>();
    workersByKey.values().forEach(allWorkers::addAll);
    assertThat(allWorkers).as("workers that published").hasSize(2);
    assertPerKeyOrder(publishOrder);
  }

  /** Stores {@code count} events over {@code keys} keys, numbered per key in the aggregate id. */
  List<UUID> storeEvents(int count, int keys) {
    List<UUID> ids = new ArrayList<>();
    Map<String, Integer> sequence = new HashMap<>();
    for (int i = 0; i < count; i++) {
      String key = "key-" + (i % keys);
      int number = sequence.merge(key, 1, Integer::sum);
      OutboxEvent event =
          TestEvents.outbox()
              .id(UUID.randomUUID())
              .partitionKey(key)
              .aggregateType("order")
              .aggregateId(Integer.toString(number))
              .build();
      store(event);
      ids.add(event.id());
    }
    return ids;
  }

  abstract OutboxEvent find(UUID id);

  private EventStatus status(UUID id) {
    return find(id).status();
  }

  void use(EventPublisher publisher) {
    InboxRouters noRouters =
        group -> {
          throw new IllegalArgumentException("the relay tests register no consumer group");
        };
    JobFixture.install(new JobFixture(outbox(), inbox(), publisher, noRouters, pipelineClock()));
  }

  private static void assertPerKeyOrder(List<String> publishOrder) {
    Map<String, Integer> last = new HashMap<>();
    for (String entry : publishOrder) {
      String[] parts = entry.split("#");
      int number = Integer.parseInt(parts[1]);
      Integer previous = last.put(parts[0], number);
      assertThat(number)
          .as("publish order of key %s", parts[0])
          .isEqualTo(previous == null ? 1 : previous + 1);
    }
  }

  private static List<UUID> without(List<UUID> ids, UUID excluded) {
    return ids.stream().filter(id -> !id.equals(excluded)).toList();
  }

  static Map<String, String> drain(int itemCount) {
    return Map.of(
        OmniboxJobs.CONTINUOUS, "false", OmniboxJobs.ITEM_COUNT, Integer.toString(itemCount));
  }

  static Map<String, String> drain(int itemCount, PublishMode mode) {
    Map<String, String> parameters = new HashMap<>(drain(itemCount));
    parameters.put(OmniboxJobs.PUBLISH_MODE, mode.name());
    return parameters;
  }

  static Map<String, String> continuous(Duration pollInterval) {
    return Map.of(OmniboxJobs.POLL_INTERVAL, pollInterval.toString(), OmniboxJobs.ITEM_COUNT, "3");
  }
}
