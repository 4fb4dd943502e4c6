package dev.omnibox.ejb.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.jms.BrokerUnavailableException;
import dev.omnibox.ejb.jms.PublishRejectedException;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.pipeline.EventBatchProcessor;
import dev.omnibox.pipeline.ShutdownSignal;
import dev.omnibox.spi.OmniboxMetrics;
import dev.omnibox.testing.InMemoryEventRepository;
import dev.omnibox.testing.InMemoryOutboxRepository;
import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.RecordingPublisher;
import dev.omnibox.testing.TestEvents;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboxProcessorsTest {

  private final MutableClock clock = new MutableClock(TestEvents.T0.plusSeconds(60));
  private final InMemoryOutboxRepository repository =
      new InMemoryOutboxRepository(clock, InMemoryEventRepository.LOCKING);
  private final RecordingPublisher publisher = new RecordingPublisher();

  private EventBatchProcessor<OutboxEvent> processor(Map<String, String> settings) {
    OmniboxConfig config = new OmniboxConfig(name -> Optional.ofNullable(settings.get(name)));
    return OutboxProcessors.create(
        repository, publisher, OmniboxMetrics.NOOP, null, null, config, clock, "test-relay");
  }

  private OutboxEvent insert(String key, int second) {
    OutboxEvent event =
        TestEvents.outbox()
            .id(UUID.randomUUID())
            .partitionKey(key)
            .createdAt(TestEvents.T0.plusSeconds(second))
            .updatedAt(TestEvents.T0.plusSeconds(second))
            .scheduledAt(TestEvents.T0.plusSeconds(second))
            .build();
    repository.insert(event);
    return event;
  }

  @Test
  void batches_publishEachKeyInCommitOrder() {
    OutboxEvent first = insert("a", 1);
    OutboxEvent second = insert("b", 2);
    OutboxEvent third = insert("a", 3);
    EventBatchProcessor<OutboxEvent> processor = processor(Map.of());

    processor.processBatch("worker", 10, ShutdownSignal.NEVER);
    assertThat(publisher.published())
        .as("a claim takes no event while an earlier one of its key is unfinished")
        .containsExactly(first.id(), second.id());

    processor.processBatch("worker", 10, ShutdownSignal.NEVER);
    assertThat(publisher.published()).containsExactly(first.id(), second.id(), third.id());
    assertThat(repository.get(third.id()).status()).isEqualTo(EventStatus.COMPLETED);
  }

  @Test
  void brokerUnavailable_keepsPendingWithoutCountingAndHoldsKey() {
    OutboxEvent first = insert("a", 1);
    OutboxEvent sameKey = insert("a", 2);
    OutboxEvent otherKey = insert("b", 3);
    publisher.failWith(
        event ->
            event.id().equals(first.id())
                ? new BrokerUnavailableException("broker down", null)
                : null);

    processor(Map.of()).processBatch("worker", 10, ShutdownSignal.NEVER);

    OutboxEvent failed = repository.get(first.id());
    assertThat(failed.status()).isEqualTo(EventStatus.PENDING);
    assertThat(failed.attemptsMade()).isZero();
    assertThat(failed.lastError()).contains("broker down");
    assertThat(publisher.published()).containsExactly(otherKey.id());
    assertThat(repository.get(sameKey.id()).status()).isEqualTo(EventStatus.PENDING);
  }

  @Test
  void rejectedPublish_countsAttempt() {
    OutboxEvent event = insert("a", 1);
    publisher.failWith(e -> new PublishRejectedException("too large", null));

    processor(Map.of()).processBatch("worker", 10, ShutdownSignal.NEVER);

    assertThat(repository.get(event.id()).attemptsMade()).isEqualTo(1);
  }

  @Test
  void orderingOff_publishesLaterEventOfBlockedKey() {
    OutboxEvent first = insert("a", 1);
    OutboxEvent sameKey = insert("a", 2);
    publisher.failWith(
        event ->
            event.id().equals(first.id())
                ? new BrokerUnavailableException("broker down", null)
                : null);

    processor(Map.of(OutboxProcessors.PER_KEY_ORDERING, "false"))
        .processBatch("worker", 10, ShutdownSignal.NEVER);

    assertThat(publisher.published()).containsExactly(sameKey.id());
  }
}
