package dev.omnibox.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.EventPublisher;
import dev.omnibox.testing.InMemoryEventRepository;
import dev.omnibox.testing.InMemoryInboxRepository;
import dev.omnibox.testing.InMemoryOutboxRepository;
import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.RecordingPublisher;
import dev.omnibox.testing.TestEvents;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelayJobInMemoryTest {

  private final MutableClock clock = new MutableClock(TestEvents.T0.plusSeconds(60));
  private final InMemoryOutboxRepository outbox =
      new InMemoryOutboxRepository(clock, InMemoryEventRepository.LOCKING);
  private final RecordingPublisher recording = new RecordingPublisher();
  private final List<UUID> ids = new ArrayList<>();

  @BeforeEach
  void install() {
    for (int i = 0; i < 5; i++) {
      OutboxEvent event =
          TestEvents.outbox().id(UUID.randomUUID()).partitionKey("key-" + i).build();
      outbox.put(event);
      ids.add(event.id());
    }
  }

  @AfterEach
  void clear() {
    JobFixture.clear();
  }

  @Test
  void relay_publishesAllAndCompletes() {
    use(recording);

    JobExecution execution = Jobs.awaitEnd(Jobs.start(OmniboxJobs.OUTBOX_RELAY, drain()));

    assertThat(execution.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    assertThat(recording.published()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(outbox.all()).allMatch(event -> event.status() == EventStatus.COMPLETED);
  }

  @Test
  void poisonedEvent_othersCompleteAndFailureRecorded() {
    UUID poisoned = ids.get(2);
    EventPublisher poisoning =
        event -> {
          recording.publish(event);
          if (event.id().equals(poisoned)) {
            LocalTransactionState.markRollbackOnly();
          }
        };
    use(poisoning);

    JobExecution execution = Jobs.awaitEnd(Jobs.start(OmniboxJobs.OUTBOX_RELAY, drain()));

    assertThat(execution.getBatchStatus()).isEqualTo(BatchStatus.COMPLETED);
    OutboxEvent failed = outbox.get(poisoned);
    assertThat(failed.status()).isEqualTo(EventStatus.PENDING);
    assertThat(failed.attemptsMade()).isEqualTo(1);
    assertThat(failed.lastError()).contains("marked for rollback");
    assertThat(failed.isLocked()).isFalse();
    for (UUID id : ids) {
      if (!id.equals(poisoned)) {
        assertThat(outbox.get(id).status()).as("event %s", id).isEqualTo(EventStatus.COMPLETED);
      }
    }
  }

  private void use(EventPublisher publisher) {
    JobFixture.install(
        new JobFixture(
            outbox,
            new InMemoryInboxRepository(clock, InMemoryEventRepository.LOCKING),
            publisher,
            group -> {
              throw new IllegalArgumentException("no routers in this test");
            },
            clock));
  }

  private static Map<String, String> drain() {
    return Map.of(OmniboxJobs.CONTINUOUS, "false", OmniboxJobs.ITEM_COUNT, "10");
  }
}
