package dev.omnibox.ejb.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.ejb.outbox.TestPayloads.OrderCreated;
import dev.omnibox.model.EventLifecycle;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.EventValidationPolicy;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.schema.SchemaRegistry;
import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.TestEvents;
import jakarta.transaction.Status;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class OutboxWriterTest {

  private static final String TRACEPARENT =
      "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

  private final MutableClock clock = new MutableClock(TestEvents.T0);
  private final InsertOnlyOutboxRepository repository = new InsertOnlyOutboxRepository();
  private final FakeTransaction transaction = new FakeTransaction();
  private final Queue<Runnable> executorQueue = new ArrayDeque<>();
  private final List<List<UUID>> published = new ArrayList<>();

  private OutboxWriter writer(FastPath fastPath) {
    return new OutboxWriter(
        repository,
        transaction,
        new SchemaRegistry(),
        new EventLifecycle(clock, EventValidationPolicy.defaults()),
        () -> Optional.of(TRACEPARENT),
        fastPath,
        5);
  }

  private OutboxWriter writerWithFastPath() {
    Executor executor = executorQueue::add;
    return writer(FastPath.on(new FastPathDispatcher(executor, published::add, clock)));
  }

  private void runExecutor() {
    while (!executorQueue.isEmpty()) {
      executorQueue.remove().run();
    }
  }

  @Test
  void record_writesPendingEventWithAllFields() {
    OutboxMessage message =
        OutboxMessage.of(new OrderCreated("42", 1999))
            .header("tenant", "acme")
            .idempotencyKey("order-42-created")
            .correlationId("corr-1")
            .causationId("cause-1")
            .build();

    OutboxEvent event = writer(FastPath.off()).write(message);

    assertThat(repository.rows()).containsExactly(event);
    assertThat(event.status()).isEqualTo(EventStatus.PENDING);
    assertThat(event.topic()).isEqualTo("orders");
    assertThat(event.eventType()).isEqualTo("order.created");
    assertThat(event.schemaVersion()).isEqualTo("1.2");
    assertThat(event.payload()).isEqualTo("{\"orderId\":\"42\",\"totalCents\":1999}");
    assertThat(event.aggregateType()).isEqualTo("Order");
    assertThat(event.aggregateId()).isEqualTo("42");
    assertThat(event.partitionKey()).isEqualTo("42");
    assertThat(event.headers()).containsEntry("tenant", "acme");
    assertThat(event.idempotencyKey()).isEqualTo("order-42-created");
    assertThat(event.correlationId()).isEqualTo("corr-1");
    assertThat(event.causationId()).isEqualTo("cause-1");
    assertThat(event.traceId()).isEqualTo(TRACEPARENT);
    assertThat(event.maxAttempts()).isEqualTo(5);
    assertThat(event.createdAt()).isEqualTo(TestEvents.T0);
    assertThat(event.scheduledAt()).isEqualTo(TestEvents.T0);
  }

  @Test
  void rawJson_keepsTextTypeAndVersion() {
    OutboxMessage message =
        OutboxMessage.builder("audit").json("audit.entry", "3.0", "{\"a\":[1,2]}").build();

    OutboxEvent event = writer(FastPath.off()).write(message);

    assertThat(event.payload()).isEqualTo("{\"a\":[1,2]}");
    assertThat(event.eventType()).isEqualTo("audit.entry");
    assertThat(event.schemaVersion()).isEqualTo("3.0");
    assertThat(event.partitionKey()).isNull();
  }

  @Test
  void explicitTraceparent_winsOverCurrentOne() {
    String other = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    OutboxMessage message = OutboxMessage.of(new OrderCreated("42", 1)).traceparent(other).build();

    assertThat(writer(FastPath.off()).write(message).traceId()).isEqualTo(other);
  }

  @Test
  void noTransaction_rejectsWithTypeStatusAndFix() {
    transaction.status(Status.STATUS_NO_TRANSACTION);
    OutboxMessage message = OutboxMessage.of(new OrderCreated("42", 1)).build();

    assertThatThrownBy(() -> writer(FastPath.off()).write(message))
        .isInstanceOf(NoActiveTransactionException.class)
        .hasMessageStartingWith("OMNIBOX002200:")
        .hasMessageContaining("order.created")
        .hasMessageContaining("orders")
        .hasMessageContaining("NO_TRANSACTION")
        .hasMessageContaining("@Transactional")
        .extracting(e -> ((NoActiveTransactionException) e).eventType())
        .isEqualTo("order.created");
    assertThat(repository.rows()).isEmpty();
  }

  @Test
  void markedRollback_rejects() {
    transaction.status(Status.STATUS_MARKED_ROLLBACK);
    OutboxMessage message = OutboxMessage.of(new OrderCreated("42", 1)).build();

    assertThatThrownBy(() -> writer(FastPath.off()).write(message))
        .isInstanceOf(NoActiveTransactionException.class)
        .hasMessageContaining("MARKED_ROLLBACK");
    assertThat(repository.rows()).isEmpty();
  }

  @Test
  void duplicateIdempotencyKey_returnsStoredEventAndSkipsFastPath() {
    OutboxWriter writer = writerWithFastPath();
    OutboxEvent first =
        writer.write(OutboxMessage.of(new OrderCreated("42", 1)).idempotencyKey("k").build());

    OutboxEvent second =
        writer.write(OutboxMessage.of(new OrderCreated("42", 2)).idempotencyKey("k").build());
    transaction.commit();
    runExecutor();

    assertThat(second).isEqualTo(first);
    assertThat(repository.rows()).hasSize(1);
    assertThat(published).containsExactly(List.of(first.id()));
  }

  @Test
  void severalEvents_keepOrderInOneSynchronization() {
    OutboxWriter writer = writerWithFastPath();
    List<UUID> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(writer.write(OutboxMessage.of(new OrderCreated("o" + i, i)).build()).id());
    }

    assertThat(repository.rows()).extracting(OutboxEvent::id).containsExactlyElementsOf(ids);
    assertThat(transaction.synchronizations()).hasSize(1);

    transaction.commit();
    assertThat(published).as("nothing is published before the executor runs").isEmpty();
    runExecutor();
    assertThat(published).containsExactly(ids);
  }

  @Test
  void rollback_publishesNothing() {
    OutboxWriter writer = writerWithFastPath();
    writer.write(OutboxMessage.of(new OrderCreated("42", 1)).build());

    transaction.rollback();
    runExecutor();

    assertThat(executorQueue).isEmpty();
    assertThat(published).isEmpty();
  }

  @Test
  void fastPathOff_registersNoSynchronization() {
    writer(FastPath.off()).write(OutboxMessage.of(new OrderCreated("42", 1)).build());

    assertThat(transaction.synchronizations()).isEmpty();
    assertThat(repository.rows()).hasSize(1);
  }

  @Test
  void constructor_rejectsZeroMaxAttempts() {
    assertThatThrownBy(
            () ->
                new OutboxWriter(
                    repository,
                    transaction,
                    new SchemaRegistry(),
                    new EventLifecycle(clock, EventValidationPolicy.defaults()),
                    Optional::empty,
                    FastPath.off(),
                    0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts is 0");
  }
}
