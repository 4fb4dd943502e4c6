package dev.omnibox.ejb.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.HandlerStatus;
import dev.omnibox.inbox.AckStrategy;
import dev.omnibox.inbox.CommitOffsetPolicy;
import dev.omnibox.inbox.ConsumeOutcome;
import dev.omnibox.inbox.InboxConsumeService;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.spi.InboxRepository;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InboxMessageFlowTest {

  private static final String ORDER = "{\"orderId\":\"o-1\",\"quantity\":2}";

  private final FlowFixture fixture = new FlowFixture();
  private final List<OrderPlaced> handled = new ArrayList<>();

  @Test
  void goodMessage_isHandledAndCompleted() {
    InboxMessageFlow flow = fixture.flow(FlowFixture.settings("billing"), recording("billing"));
    UUID id = UUID.randomUUID();

    InboxMessageFlow.Result result =
        fixture.consume(flow, id.toString(), fixture.envelope(id, "2", ORDER));

    assertThat(result.consumed().outcome()).isEqualTo(ConsumeOutcome.STORED);
    assertThat(result.handled().status()).isEqualTo(HandlerStatus.COMPLETED);
    InboxEvent row = fixture.row(result.consumed());
    assertThat(row.status()).isEqualTo(EventStatus.COMPLETED);
    assertThat(row.messageId()).isEqualTo(id.toString());
    assertThat(handled).containsExactly(new OrderPlaced("o-1", 2));
    assertThat(fixture.rollbacks).isEmpty();
    assertThat(fixture.transactions).containsExactly("Ts");
  }

  @Test
  void tsCommitFails_rowStoredAlone() {
    InboxMessageFlow flow = fixture.flow(FlowFixture.settings("billing"), recording("billing"));
    fixture.tsCommitFailure = new IllegalStateException("unique key of shipments violated");
    UUID id = UUID.randomUUID();

    InboxMessageFlow.Result result =
        fixture.consume(flow, id.toString(), fixture.envelope(id, "2", ORDER));

    assertThat(fixture.transactions).containsExactly("Ts", "T0");
    assertThat(result.rollbackRequested()).isFalse();
    assertThat(result.handled()).isNull();
    InboxEvent row = fixture.row(result.consumed());
    assertThat(row.status()).isEqualTo(EventStatus.PENDING);
    assertThat(row.isLocked()).isFalse();
    assertThat(row.attemptsMade()).isZero();
    assertThat(fixture.repository.all()).hasSize(1);
  }

  @Test
  void t2Fails_rollsBackForRedelivery() {
    InboxHandler throwing = throwing("billing");
    InboxMessageFlow flow = fixture.flow(FlowFixture.settings("billing"), throwing);
    fixture.t2Failure = new IllegalStateException("connection refused");
    UUID id = UUID.randomUUID();

    InboxMessageFlow.Result result =
        fixture.consume(flow, id.toString(), fixture.envelope(id, "2", ORDER));

    assertThat(fixture.transactions).containsExactly("Ts", "T2");
    assertThat(result.rollbackRequested()).isTrue();
    assertThat(fixture.rollbacks).containsExactly("Ts " + id, "rollback-only " + id);
    assertThat(fixture.repository.all()).isEmpty();
  }

  @Test
  void atMostOnce_storesBeforeHandling() {
    ConsumerSettings atMostOnce =
        FlowFixture.settings("billing")
            .withOptions(o -> o.withAckStrategy(AckStrategy.AT_MOST_ONCE));
    InboxMessageFlow flow = fixture.flow(atMostOnce, recording("billing"));
    UUID id = UUID.randomUUID();

    InboxMessageFlow.Result result =
        fixture.consume(flow, id.toString(), fixture.envelope(id, "2", ORDER));

    assertThat(fixture.transactions).containsExactly("T0", "Th");
    assertThat(fixture.row(result.consumed()).status()).isEqualTo(EventStatus.COMPLETED);
  }

  @Test
  void sameMessageThreeTimes_isHandledOnce() {
    InboxMessageFlow flow = fixture.flow(FlowFixture.settings("billing"), recording("billing"));
    UUID id = UUID.randomUUID();
    String body = fixture.envelope(id, "2", ORDER);

    List<ConsumeOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      outcomes.add(fixture.consume(flow, id.toString(), body).consumed().outcome());
    }

    assertThat(outcomes)
        .containsExactly(ConsumeOutcome.STORED, ConsumeOutcome.DUPLICATE, ConsumeOutcome.DUPLICATE);
    assertThat(handled).hasSize(1);
    assertThat(fixture.metrics.count("duplicate", "billing")).isEqualTo(2);
    assertThat(fixture.repository.all()).hasSize(1);
  }

  @Test
  void throwingHandler_rollsBackAndRecordsRetry() {
    InboxHandler throwing = throwing("billing");
    InboxMessageFlow flow = fixture.flow(FlowFixture.settings("billing"), throwing);
    UUID id = UUID.randomUUID();

    InboxMessageFlow.Result result =
        fixture.consume(flow, id.toString(), fixture.envelope(id, "2", ORDER));

    assertThat(result.handled().status()).isEqualTo(HandlerStatus.RETRY);
    assertThat(result.rollbackRequested()).isFalse();
    assertThat(fixture.rollbacks).containsExactly("Ts " + id);
    assertThat(fixture.transactions).containsExactly("Ts", "T2");
    assertThat(fixture.repository.all()).hasSize(1);
    InboxEvent row = fixture.row(result.consumed());
    assertThat(row.status()).isEqualTo(EventStatus.PENDING);
    assertThat(row.attemptsMade()).isEqualTo(1);
    assertThat(row.lastError()).contains("IllegalStateException", "ledger locked");
    assertThat(row.scheduledAt()).isEqualTo(fixture.clock.instant().plus(FlowFixture.BACKOFF_BASE));
    assertThat(row.isLocked()).isFalse();
    assertThat(fixture.metrics.count("retried", "billing")).isEqualTo(1);
  }

  @Test
  void retryAfterBackoff_completes() {
    List<Integer> attempts = new ArrayList<>();
    InboxHandler flaky =
        observer(
            "billing",
            (payload, context) -> {
              attempts.add(context.attempt());
              if (attempts.size() == 1) {
                context.retry("warehouse busy");
              }
              return null;
            });
    InboxMessageFlow flow = fixture.flow(FlowFixture.settings("billing"), flaky);
    UUID id = UUID.randomUUID();
    InboxMessageFlow.Result first =
        fixture.consume(flow, id.toString(), fixture.envelope(id, "2", ORDER));
    UUID eventId = first.consumed().eventId();

    InlineHandling dispatch = handlingOf(flaky);
    assertThat(dispatch.run(eventId).status()).isNull();
    fixture.clock.advance(FlowFixture.BACKOFF_BASE);
    HandlingAttempt second = dispatch.run(eventId);

    assertThat(second.status()).isEqualTo(HandlerStatus.COMPLETED);
    assertThat(attempts).containsExactly(1, 2);
    assertThat(fixture.repository.get(eventId).status()).isEqualTo(EventStatus.COMPLETED);
  }

  @Test
  void attemptsUsedUp_failsAndDeadLetters() {
    InboxHandler throwing =
        observer(
            "billing",
            (payload, context) -> {
              throw new IllegalArgumentException("bad total");
            });
    InboxMessageFlow flow = fixture.flow(FlowFixture.settings("billing"), throwing);
    UUID id = UUID.randomUUID();
    UUID eventId =
        fixture.consume(flow, id.toString(), fixture.envelope(id, "2", ORDER)).consumed().eventId();

    InlineHandling dispatch = handlingOf(throwing);
    for (int attempt = 2; attempt <= 3; attempt++) {
      fixture.clock.advance(Duration.ofMinutes(10));
      HandlingAttempt failed = dispatch.run(eventId);
      fixture.repository.put(failed.event().toBuilder().lockedBy(null).lockedAt(null).build());
      dispatch.record(failed);
    }

    InboxEvent row = fixture.repository.get(eventId);
    assertThat(row.status()).isEqualTo(EventStatus.FAILED);
    assertThat(row.attemptsMade()).isEqualTo(3);
    assertThat(fixture.deadLetters.all()).hasSize(1);
    assertThat(fixture.deadLetters.all().get(0).reason()).contains("bad total");
    assertThat(fixture.metrics.count("deadLettered", "billing")).isEqualTo(1);
  }

  @Test
  void contextFail_isTerminalAtOnce() {
    InboxHandler failing =
        observer(
            "billing",
            (payload, context) -> {
              context.fail("order belongs to another tenant");
              return null;
            });
    InboxMessageFlow flow = fixture.flow(FlowFixture.settings("billing"), failing);
    UUID id = UUID.randomUUID();

    InboxMessageFlow.Result result =
        fixture.consume(flow, id.toString(), fixture.envelope(id, "2", ORDER));

    assertThat(fixture.row(result.consumed()).status()).isEqualTo(EventStatus.FAILED);
    assertThat(fixture.deadLetters.all()).hasSize(1);
  }

  @Test
  void badMessages_failedRowsThenGoodOne() {
    InboxMessageFlow flow =
        fixture.flow(
            FlowFixture.settings("billing").withOptions(o -> o.withMaxPayloadBytes(512)),
            recording("billing"));
    UUID unknownType = UUID.randomUUID();
    UUID unknownVersion = UUID.randomUUID();
    UUID oversized = UUID.randomUUID();
    String bigPayload = "{\"orderId\":\"" + "x".repeat(600) + "\",\"quantity\":1}";

    Map<String, String> bodies =
        Map.of(
            "not-json",
            "this is not JSON",
            unknownType.toString(),
            fixture.envelope(unknownType, "2", ORDER).replace("order.placed", "order.unknown"),
            unknownVersion.toString(),
            fixture.envelope(unknownVersion, "7", ORDER),
            oversized.toString(),
            fixture.envelope(oversized, "2", bigPayload));
    Map<String, String> expectedErrors =
        Map.of(
            "not-json",
            "not valid JSON",
            unknownType.toString(),
            "order.unknown",
            unknownVersion.toString(),
            "version 7",
            oversized.toString(),
            "maxPayloadBytes");

    for (Map.Entry<String, String> bad : bodies.entrySet()) {
      InboxMessageFlow.Result result = fixture.consume(flow, bad.getKey(), bad.getValue());

      assertThat(result.consumed().outcome())
          .as(bad.getKey())
          .isEqualTo(ConsumeOutcome.REJECTED_BAD_INPUT);
      InboxEvent row = fixture.row(result.consumed());
      assertThat(row.status()).as(bad.getKey()).isEqualTo(EventStatus.FAILED);
      assertThat(row.eventType()).isEqualTo(InboxConsumeService.BAD_INPUT_EVENT_TYPE);
      assertThat(row.lastError())
          .as(bad.getKey())
          .contains(bad.getKey(), expectedErrors.get(bad.getKey()));
      assertThat(result.rollbackRequested()).isFalse();
    }

    UUID good = UUID.randomUUID();
    fixture.consume(flow, good.toString(), fixture.envelope(good, "2", ORDER));
    assertThat(handled).containsExactly(new OrderPlaced("o-1", 2));
  }

  @Test
  void envelopeWithoutId_isDeadLettered() {
    InboxMessageFlow flow = fixture.flow(FlowFixture.settings("billing"), recording("billing"));
    UUID id = UUID.randomUUID();
    String withoutId = fixture.envelope(id, "2", ORDER).replace("\"id\":\"" + id + "\",", "");

    InboxMessageFlow.Result result = fixture.consume(flow, null, withoutId);

    assertThat(result.consumed().outcome()).isEqualTo(ConsumeOutcome.DEAD_LETTERED_BAD_INPUT);
    assertThat(fixture.deadLetters.all()).hasSize(1);
    assertThat(fixture.deadLetters.all().get(0).reason()).contains("'id'");
  }

  @Test
  void unknownType_checksOff_skipped() {
    ConsumerSettings lenient =
        new ConsumerSettings(
            "Lenient",
            "billing",
            dev.omnibox.inbox.InboxConsumeOptions.defaults(),
            Handling.INLINE,
            EnvelopeFormat.JSON,
            false);
    InboxMessageFlow flow = fixture.flow(lenient, recording("billing"));
    UUID id = UUID.randomUUID();
    String body = fixture.envelope(id, "2", ORDER).replace("order.placed", "order.unknown");

    InboxMessageFlow.Result result = fixture.consume(flow, id.toString(), body);

    assertThat(result.handled().status()).isEqualTo(HandlerStatus.SKIPPED);
    assertThat(fixture.row(result.consumed()).status()).isEqualTo(EventStatus.COMPLETED);
    assertThat(fixture.metrics.count("skipped", "billing")).isEqualTo(1);
  }

  @Test
  void twoConsumerGroups_getTwoRowsAndHandlings() {
    List<String> groups = new ArrayList<>();
    HandlerInvoker invoker =
        (payload, context) -> {
          groups.add(context.consumerGroup());
          return null;
        };
    InboxHandler anyGroup =
        HandlerDiscovery.forObserver(
            "Test#on", OrderPlaced.class, new Inbox.Literal("orders", "", ""), invoker);
    InboxMessageFlow billing = fixture.flow(FlowFixture.settings("billing"), anyGroup);
    InboxMessageFlow shipping = fixture.flow(FlowFixture.settings("shipping"), anyGroup);
    UUID id = UUID.randomUUID();
    String body = fixture.envelope(id, "2", ORDER);

    fixture.consume(billing, id.toString(), body);
    fixture.consume(shipping, id.toString(), body);

    assertThat(groups).containsExactly("billing", "shipping");
    assertThat(fixture.repository.all())
        .extracting(InboxEvent::consumerGroup, InboxEvent::status)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("billing", EventStatus.COMPLETED),
            org.assertj.core.groups.Tuple.tuple("shipping", EventStatus.COMPLETED));
  }

  @Test
  void handlerForOtherGroup_isSkipped() {
    InboxMessageFlow flow = fixture.flow(FlowFixture.settings("shipping"), recording("billing"));
    UUID id = UUID.randomUUID();

    InboxMessageFlow.Result result =
        fixture.consume(flow, id.toString(), fixture.envelope(id, "2", ORDER));

    assertThat(result.handled().status()).isEqualTo(HandlerStatus.SKIPPED);
    assertThat(handled).isEmpty();
  }

  @Test
  void onSuccess_handlerFailure_rollsBackForRedelivery() {
    InboxHandler throwing = throwing("billing");
    ConsumerSettings onSuccess =
        FlowFixture.settings("billing")
            .withOptions(o -> o.withCommitOffsetPolicy(CommitOffsetPolicy.ON_SUCCESS));
    InboxMessageFlow flow = fixture.flow(onSuccess, throwing);
    UUID id = UUID.randomUUID();

    InboxMessageFlow.Result result =
        fixture.consume(flow, id.toString(), fixture.envelope(id, "2", ORDER));

    assertThat(result.handled()).isNull();
    assertThat(result.consumed().outcome()).isEqualTo(ConsumeOutcome.RETRY_SCHEDULED);
    assertThat(fixture.rollbacks).containsExactly("rejected " + id);
  }

  @Test
  void dispatchJob_storesWithoutHandling() {
    ConsumerSettings later =
        new ConsumerSettings(
            "Later",
            "billing",
            dev.omnibox.inbox.InboxConsumeOptions.defaults(),
            Handling.DISPATCH_JOB,
            EnvelopeFormat.JSON,
            true);
    InboxMessageFlow flow = fixture.flow(later, recording("billing"));
    UUID id = UUID.randomUUID();

    InboxMessageFlow.Result result =
        fixture.consume(flow, id.toString(), fixture.envelope(id, "2", ORDER));

    assertThat(result.handled()).isNull();
    assertThat(fixture.row(result.consumed()).status()).isEqualTo(EventStatus.PENDING);
    assertThat(handled).isEmpty();
  }

  @Test
  void storageOutage_marksRollbackOnly() {
    InboxRepository failing = failingInserts(fixture.repository);
    InboxMessageFlow flow =
        fixture.flow(FlowFixture.settings("billing"), failing, recording("billing"));
    UUID id = UUID.randomUUID();

    InboxMessageFlow.Result result =
        fixture.consume(flow, id.toString(), fixture.envelope(id, "2", ORDER));

    assertThat(result.rollbackRequested()).isTrue();
    assertThat(result.consumed()).isNull();
    assertThat(fixture.rollbacks).containsExactly("rollback-only " + id);
    assertThat(handled).isEmpty();
  }

  @Test
  void atMostOnce_storageOutage_lost() {
    InboxRepository failing = failingInserts(fixture.repository);
    ConsumerSettings atMostOnce =
        FlowFixture.settings("billing")
            .withOptions(o -> o.withAckStrategy(AckStrategy.AT_MOST_ONCE));
    InboxMessageFlow flow = fixture.flow(atMostOnce, failing, recording("billing"));
    UUID id = UUID.randomUUID();

    InboxMessageFlow.Result result =
        fixture.consume(flow, id.toString(), fixture.envelope(id, "2", ORDER));

    assertThat(result.consumed().outcome()).isEqualTo(ConsumeOutcome.LOST);
    assertThat(fixture.rollbacks).isEmpty();
  }

  @Test
  void propertiesEnvelope_acceptsForeignProducer() {
    ConsumerSettings foreign =
        new ConsumerSettings(
            "Foreign",
            "billing",
            dev.omnibox.inbox.InboxConsumeOptions.defaults(),
            Handling.INLINE,
            EnvelopeFormat.PROPERTIES,
            true);
    InboxMessageFlow flow = fixture.flow(foreign, recording(""));

    InboxMessageFlow.Result result =
        fixture.consume(
            flow, "ID:broker-1", ORDER, Map.of("eventType", "order.placed", "schemaVersion", "2"));

    assertThat(result.handled().status()).isEqualTo(HandlerStatus.COMPLETED);
    assertThat(fixture.row(result.consumed()).messageId()).isEqualTo("ID:broker-1");
    assertThat(handled).containsExactly(new OrderPlaced("o-1", 2));
  }

  /** Returns a handler of {@code group} that raises an error on every call. */
  private static InboxHandler throwing(String group) {
    return observer(
        group,
        (payload, context) -> {
          throw new IllegalStateException("ledger locked");
        });
  }

  private InboxHandler recording(String group) {
    return HandlerDiscovery.forObserver(
        "Test#record",
        OrderPlaced.class,
        new Inbox.Literal("", "", group),
        (payload, context) -> {
          handled.add((OrderPlaced) payload);
          return EventHandlerResult.completed();
        });
  }

  private static InboxHandler observer(String group, HandlerInvoker invoker) {
    return HandlerDiscovery.forObserver(
        "Test#on", OrderPlaced.class, new Inbox.Literal("orders", "", group), invoker);
  }

  private InlineHandling handlingOf(InboxHandler handler) {
    InboxMessageFlow flow = fixture.flow(FlowFixture.settings("billing"), handler);
    return flow.handling();
  }

  /** Wraps a repository so that every insert fails as a database outage would. */
  private static InboxRepository failingInserts(InboxRepository delegate) {
    return (InboxRepository)
        Proxy.newProxyInstance(
            InboxRepository.class.getClassLoader(),
            new Class<?>[] {InboxRepository.class},
            (proxy, method, args) -> {
              if (method.getName().equals("insert")) {
                throw new IllegalStateException("connection refused");
              }
              try {
                return method.invoke(delegate, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }
}
