package dev.omnibox.pipeline;

import static dev.omnibox.testing.PipelineFixtures.NOW;
import static dev.omnibox.testing.PipelineFixtures.id;
import static dev.omnibox.testing.PipelineFixtures.inboxEvent;
import static dev.omnibox.testing.PipelineFixtures.outboxEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.RepositoryCapabilities;
import dev.omnibox.testing.InMemoryEventRepository;
import dev.omnibox.testing.InMemoryInboxRepository;
import dev.omnibox.testing.InMemoryOutboxRepository;
import dev.omnibox.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FetchStrategyTest {

  private final MutableClock clock = new MutableClock(NOW);

  private InMemoryOutboxRepository outbox(RepositoryCapabilities capabilities) {
    InMemoryOutboxRepository repository = new InMemoryOutboxRepository(clock, capabilities);
    for (int n = 1; n <= 3; n++) {
      repository.put(outboxEvent(n));
    }
    return repository;
  }

  private static EventProcessorBuilder<OutboxEvent> builder(InMemoryOutboxRepository repository) {
    return EventProcessorBuilder.forOutbox(repository, event -> EventHandlerResult.completed());
  }

  @Test
  void forCapabilities_choosesFromSkipLocked() {
    assertThat(FetchStrategy.forCapabilities(InMemoryEventRepository.LOCKING))
        .isEqualTo(FetchStrategy.DISTRIBUTED_LOCK);
    assertThat(FetchStrategy.forCapabilities(InMemoryEventRepository.NO_LOCKING))
        .isEqualTo(FetchStrategy.OPTIMISTIC);
  }

  @Test
  void distributedLock_claimsWithOneCall() {
    InMemoryOutboxRepository repository = outbox(InMemoryEventRepository.LOCKING);
    List<UUID> triedClaims = new ArrayList<>();
    repository.beforeTryClaim(triedClaims::add);

    BatchProcessingResult result =
        builder(repository).clock(clock).build().processBatch("w", 10, ShutdownSignal.NEVER);

    assertThat(result.completedIds()).containsExactly(id(1), id(2), id(3));
    assertThat(triedClaims).isEmpty();
  }

  @Test
  void optimistic_isChosenWithoutSkipLocked() {
    InMemoryOutboxRepository repository = outbox(InMemoryEventRepository.NO_LOCKING);
    List<UUID> triedClaims = new ArrayList<>();
    repository.beforeTryClaim(triedClaims::add);

    BatchProcessingResult result =
        builder(repository).clock(clock).build().processBatch("w", 10, ShutdownSignal.NEVER);

    assertThat(result.completedIds()).containsExactly(id(1), id(2), id(3));
    assertThat(triedClaims).containsExactly(id(1), id(2), id(3));
  }

  @Test
  void optimistic_skipsLostRaces() {
    InMemoryOutboxRepository repository = outbox(InMemoryEventRepository.LOCKING);
    repository.beforeTryClaim(
        id -> {
          if (id.equals(id(2))) {
            repository.put(repository.get(id).toBuilder().lockedBy("other").lockedAt(NOW).build());
          }
        });

    BatchProcessingResult result =
        builder(repository)
            .clock(clock)
            .fetchStrategy(FetchStrategy.OPTIMISTIC)
            .build()
            .processBatch("w", 10, ShutdownSignal.NEVER);

    assertThat(result.completedIds()).containsExactly(id(1), id(3));
    assertThat(repository.get(id(2)).lockedBy()).isEqualTo("other");
  }

  @Test
  void expiredLease_isClaimedAgain() {
    InMemoryOutboxRepository repository =
        new InMemoryOutboxRepository(clock, InMemoryEventRepository.LOCKING);
    repository.put(outboxEvent(1).toBuilder().lockedBy("crashed").lockedAt(NOW).build());
    repository.put(
        outboxEvent(2).toBuilder().lockedBy("alive").lockedAt(NOW.plusSeconds(50)).build());
    clock.advance(Duration.ofSeconds(61));

    BatchProcessingResult result =
        builder(repository)
            .clock(clock)
            .leaseTtl(Duration.ofMinutes(1))
            .build()
            .processBatch("w", 10, ShutdownSignal.NEVER);

    assertThat(result.completedIds()).containsExactly(id(1));
  }

  @Test
  void distributedLock_withoutSkipLocked_isRejected() {
    EventProcessorBuilder<OutboxEvent> builder =
        builder(outbox(InMemoryEventRepository.NO_LOCKING))
            .fetchStrategy(FetchStrategy.DISTRIBUTED_LOCK);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fetchStrategy DISTRIBUTED_LOCK needs a repository with skipLocked");
  }

  @Test
  void perKeyOrdering_holdsBackLaterEventsOfAKey() {
    InMemoryOutboxRepository repository =
        new InMemoryOutboxRepository(clock, InMemoryEventRepository.LOCKING);
    repository.put(outboxEvent(1).toBuilder().partitionKey("order-1").build());
    repository.put(outboxEvent(2).toBuilder().partitionKey("order-1").build());
    repository.put(outboxEvent(3).toBuilder().partitionKey("order-2").build());

    BatchProcessingResult result =
        builder(repository)
            .clock(clock)
            .perKeyOrdering(PerKeyOrdering.ordered(false))
            .build()
            .processBatch("w", 10, ShutdownSignal.NEVER);

    assertThat(result.completedIds()).containsExactly(id(1), id(3));
  }

  @Test
  void perKeyOrdering_needsDistributedLock() {
    EventProcessorBuilder<OutboxEvent> builder =
        builder(outbox(InMemoryEventRepository.LOCKING))
            .fetchStrategy(FetchStrategy.OPTIMISTIC)
            .perKeyOrdering(PerKeyOrdering.ordered(true));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs fetchStrategy DISTRIBUTED_LOCK, but was OPTIMISTIC");
  }

  @Test
  void perKeyOrdering_needsRepositorySupport() {
    RepositoryCapabilities lockingWithoutOrdering =
        new RepositoryCapabilities(true, true, true, false, true, false);
    EventProcessorBuilder<OutboxEvent> builder =
        builder(outbox(lockingWithoutOrdering)).perKeyOrdering(PerKeyOrdering.ordered(false));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs a repository with perKeyOrdering");
  }

  @Test
  void inboxFilters_selectSourceAndGroup() {
    InMemoryInboxRepository repository =
        new InMemoryInboxRepository(clock, InMemoryEventRepository.NO_LOCKING);
    repository.put(inboxEvent(1));
    repository.put(inboxEvent(2).toBuilder().source("payments").build());
    repository.put(inboxEvent(3).toBuilder().consumerGroup("billing").build());
    EventBatchProcessor<InboxEvent> processor =
        EventProcessorBuilder.forInbox(repository, event -> EventHandlerResult.completed())
            .clock(clock)
            .build();

    FetchFilters payments =
        FetchFilters.forConsumerGroup("shipping").withSources(Set.of("payments"));
    BatchProcessingResult result = processor.processBatch("w", 10, ShutdownSignal.NEVER, payments);

    assertThat(result.completedIds()).containsExactly(id(2));
  }
}
