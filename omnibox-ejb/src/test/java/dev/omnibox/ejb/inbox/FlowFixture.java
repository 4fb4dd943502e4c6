package dev.omnibox.ejb.inbox;

import dev.omnibox.envelope.EnvelopeConverter;
import dev.omnibox.inbox.ConsumeOutcome;
import dev.omnibox.inbox.ConsumeResult;
import dev.omnibox.inbox.InboxConsumeService;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.retry.Backoff;
import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.retry.Jitter;
import dev.omnibox.schema.SchemaRegistry;
import dev.omnibox.spi.AckHandle;
import dev.omnibox.spi.ConsumedMessage;
import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OmniboxMetrics;
import dev.omnibox.testing.InMemoryDeadLetterStore;
import dev.omnibox.testing.InMemoryEventRepository;
import dev.omnibox.testing.InMemoryInboxRepository;
import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.TestEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * An inbox consumer wired as in the container, on the in-memory repository. The transaction
 * boundary runs each step directly and imitates the rollback of Th by restoring the row.
 */
final class FlowFixture {

  static final Duration BACKOFF_BASE = Duration.ofSeconds(10);

  final MutableClock clock = MutableClock.at("2026-01-01T10:00:00Z");
  final InMemoryInboxRepository repository =
      new InMemoryInboxRepository(clock, InMemoryEventRepository.LOCKING);
  final InMemoryDeadLetterStore deadLetters = new InMemoryDeadLetterStore();
  final CountingMetrics metrics = new CountingMetrics();
  final SchemaRegistry schemas = new SchemaRegistry().register(OrderPlaced.class);
  final List<String> rollbacks = new ArrayList<>();
  final List<String> transactions = new ArrayList<>();
  RuntimeException tsCommitFailure;
  RuntimeException t2Failure;
  private final EnvelopeConverter envelopes = new EnvelopeConverter();

  InboxMessageFlow flow(ConsumerSettings settings, InboxHandler... handlers) {
    return flow(settings, (InboxRepository) repository, handlers);
  }

  InboxMessageFlow flow(
      ConsumerSettings settings, InboxRepository storage, InboxHandler... handlers) {
    InboxDispatcher dispatcher =
        new InboxDispatcher(new HandlerCatalog(List.of(handlers)), schemas);
    Backoff backoff =
        Backoff.exponential(
            BACKOFF_BASE, 2.0, Duration.ofMinutes(5), Jitter.NONE, RandomGenerator.getDefault());
    InboxFlowFactory factory =
        new InboxFlowFactory(
            storage,
            deadLetters,
            metrics,
            schemas,
            dispatcher,
            backoff,
            ErrorClassifier.defaults(),
            clock,
            new DirectBoundary());
    return factory.create(settings, null);
  }

  InboxMessageFlow.Result consume(InboxMessageFlow flow, String messageId, String body) {
    return consume(flow, messageId, body, Map.of());
  }

  InboxMessageFlow.Result consume(
      InboxMessageFlow flow, String messageId, String body, Map<String, String> properties) {
    String group = flow.settings().consumerGroup();
    AckHandle ack =
        new AckHandle() {
          @Override
          public void ack() {}

          @Override
          public void reject() {
            rollbacks.add("rejected " + messageId);
          }
        };
    ConsumedMessage message =
        new ConsumedMessage(messageId, body, properties, "orders", group, 1, clock.instant(), ack);
    return flow.consume(message, () -> rollbacks.add("rollback-only " + messageId));
  }

  /** Returns an omnibox envelope of an {@code order.placed} event. */
  String envelope(UUID id, String version, String payload) {
    OutboxEvent event =
        TestEvents.outbox()
            .id(id)
            .eventType("order.placed")
            .schemaVersion(version)
            .payload(payload)
            .topic("orders")
            .createdAt(clock.instant())
            .scheduledAt(clock.instant())
            .updatedAt(clock.instant())
            .build();
    return envelopes.toJson(event);
  }

  InboxEvent row(ConsumeResult result) {
    return repository.get(result.eventId());
  }

  static ConsumerSettings settings(String group) {
    return new ConsumerSettings(
        "Test-" + group,
        group,
        dev.omnibox.inbox.InboxConsumeOptions.defaults().withMaxAttempts(3),
        Handling.INLINE,
        EnvelopeFormat.JSON,
        true);
  }

  /**
   * Runs every step in the caller's thread. A failed Ts removes the row and a failed Th restores
   * it, as a rollback would.
   */
  final class DirectBoundary implements InboxTransactionBoundary {

    @Override
    public StoredAndHandled storeAndHandle(
        InboxConsumeService service, InlineHandling handling, ConsumedMessage message) {
      transactions.add("Ts");
      ConsumeResult consumed = service.process(message);
      if (consumed.outcome() != ConsumeOutcome.STORED) {
        return new StoredAndHandled(consumed, null);
      }
      HandlingAttempt attempt = handling.run(consumed.eventId());
      if (attempt.failed() || tsCommitFailure != null) {
        repository.remove(consumed.eventId());
        rollbacks.add("Ts " + message.messageId());
      }
      if (tsCommitFailure != null) {
        throw tsCommitFailure;
      }
      return new StoredAndHandled(consumed, attempt);
    }

    @Override
    public boolean storeFailure(InlineHandling handling, HandlingAttempt attempt) {
      transactions.add("T2");
      if (t2Failure != null) {
        throw t2Failure;
      }
      return handling.storeAndRecord(attempt);
    }

    @Override
    public ConsumeResult store(InboxConsumeService service, ConsumedMessage message) {
      transactions.add("T0");
      return service.process(message);
    }

    @Override
    public HandlingAttempt handle(InlineHandling handling, UUID eventId) {
      transactions.add("Th");
      InboxEvent before = repository.get(eventId);
      HandlingAttempt attempt = handling.run(eventId);
      if (attempt.failed()) {
        repository.put(before);
        rollbacks.add("Th " + before.messageId());
      }
      return attempt;
    }

    @Override
    public boolean record(InlineHandling handling, HandlingAttempt attempt) {
      transactions.add("T2");
      return handling.record(attempt);
    }
  }

  /** Counts metric calls by name and scope. */
  static final class CountingMetrics implements OmniboxMetrics {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    int count(String name, String scope) {
      AtomicInteger count = counts.get(name + ":" + scope);
      return count == null ? 0 : count.get();
    }

    private void add(String name, String scope) {
      counts.computeIfAbsent(name + ":" + scope, key -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public void completed(EventKind kind, String scope, Duration latency) {
      add("completed", scope);
    }

    @Override
    public void failed(EventKind kind, String scope, boolean counted) {
      add("failed", scope);
    }

    @Override
    public void retried(EventKind kind, String scope) {
      add("retried", scope);
    }

    @Override
    public void deadLettered(EventKind kind, String scope) {
      add("deadLettered", scope);
    }

    @Override
    public void skipped(EventKind kind, String scope) {
      add("skipped", scope);
    }

    @Override
    public void duplicate(String consumerGroup) {
      add("duplicate", consumerGroup);
    }
  }
}
