package dev.omnibox.inbox;

import static dev.omnibox.inbox.ConsumeFixture.GROUP;
import static dev.omnibox.inbox.ConsumeFixture.NOW;
import static dev.omnibox.inbox.ConsumeFixture.TRACEPARENT;
import static dev.omnibox.inbox.ConsumeFixture.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.handler.EventHandler;
import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.HandlerStatus;
import dev.omnibox.model.EventStatus;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.retry.Backoff;
import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.retry.Jitter;
import dev.omnibox.spi.DeadLetter;
import dev.omnibox.spi.EnvelopeParser;
import dev.omnibox.spi.FailureUpdate;
import dev.omnibox.spi.FailureUpdate.FailureKind;
import dev.omnibox.spi.StorageConnectionException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InboxConsumeServiceTest {

  private final ConsumeFixture fixture = new ConsumeFixture();
  private final List<InboxEvent> handled = new ArrayList<>();

  private EventHandler<InboxEvent> completing() {
    return event -> {
      handled.add(event);
      fixture.journal.add("handle");
      return EventHandlerResult.completed();
    };
  }

  private static InboxConsumeOptions options(AckStrategy strategy, CommitOffsetPolicy policy) {
    return InboxConsumeOptions.defaults().withAckStrategy(strategy).withCommitOffsetPolicy(policy);
  }

  @Test
  void newRow_carriesEnvelopeFields() {
    ConsumeResult result =
        fixture
            .service(InboxConsumeOptions.defaults())
            .build()
            .process(fixture.message("b-1", envelope("m-1")));

    InboxEvent row = fixture.repository.onlyRow();
    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.STORED);
    assertThat(result.eventId()).isEqualTo(row.id());
    assertThat(row.messageId()).isEqualTo("m-1");
    assertThat(row.consumerGroup()).isEqualTo(GROUP);
    assertThat(row.source()).isEqualTo("orders");
    assertThat(row.partitionKey()).isEqualTo("c-7");
    assertThat(row.eventType()).isEqualTo("order.created");
    assertThat(row.schemaVersion()).isEqualTo("1.0");
    assertThat(row.payload()).isEqualTo("{\"orderId\":1,\"total\":1.10}");
    assertThat(row.traceId()).isEqualTo(TRACEPARENT);
    assertThat(row.correlationId()).isEqualTo("corr-1");
    assertThat(row.causationId()).isEqualTo("cause-1");
    assertThat(row.status()).isEqualTo(EventStatus.PENDING);
    assertThat(row.createdAt()).isEqualTo(NOW);
    assertThat(row.maxAttempts()).isEqualTo(InboxConsumeOptions.defaults().maxAttempts());
    assertThat(row.headers())
        .containsEntry("tenant", "acme")
        .containsEntry(InboxConsumeService.HEADER_TOPIC, "orders")
        .containsEntry(InboxConsumeService.HEADER_AGGREGATE_TYPE, "Order")
        .containsEntry(InboxConsumeService.HEADER_AGGREGATE_ID, "o-1")
        .containsEntry(InboxConsumeService.HEADER_OCCURRED_AT, "2026-05-01T09:59:00Z");
  }

  @ParameterizedTest
  @EnumSource(AckStrategy.class)
  void noHandler_acksAroundInsert(AckStrategy strategy) {
    ConsumeResult result =
        fixture
            .service(options(strategy, CommitOffsetPolicy.ON_PERSIST))
            .build()
            .process(fixture.message("b-1", envelope("m-1")));

    List<String> expected =
        strategy == AckStrategy.AT_MOST_ONCE ? List.of("ack", "insert") : List.of("insert", "ack");
    assertThat(fixture.journal).containsExactlyElementsOf(expected);
    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.STORED);
    assertThat(result.ackDecision()).isEqualTo(AckDecision.ACKED);
  }

  @ParameterizedTest
  @EnumSource(AckStrategy.class)
  void duplicate_ackedCountedNotHandled(AckStrategy strategy) {
    CommitOffsetPolicy policy =
        strategy == AckStrategy.AT_MOST_ONCE
            ? CommitOffsetPolicy.ON_PERSIST
            : CommitOffsetPolicy.ON_SUCCESS;
    InboxConsumeService service =
        fixture.service(options(strategy, policy)).handler(completing()).build();
    service.process(fixture.message("b-1", envelope("m-1")));
    UUID firstId = fixture.repository.onlyRow().id();
    fixture.journal.clear();
    handled.clear();

    ConsumeResult result = service.process(fixture.message("b-2", envelope("m-1")));

    List<String> expected =
        strategy == AckStrategy.AT_MOST_ONCE ? List.of("ack", "insert") : List.of("insert", "ack");
    assertThat(fixture.journal).containsExactlyElementsOf(expected);
    assertThat(handled).isEmpty();
    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.DUPLICATE);
    assertThat(result.eventId()).isEqualTo(firstId);
    assertThat(result.ackDecision()).isEqualTo(AckDecision.ACKED);
    assertThat(fixture.metrics.calls).containsOnlyOnce("duplicate:" + GROUP);
  }

  @Test
  void exactlyOnce_completedSiblingNotHandled() {
    fixture.repository.uniqueKey = false;
    fixture.repository.completedSibling = true;

    ConsumeResult result =
        fixture
            .service(options(AckStrategy.EXACTLY_ONCE_INBOX, CommitOffsetPolicy.ON_SUCCESS))
            .handler(completing())
            .build()
            .process(fixture.message("b-1", envelope("m-1")));

    assertThat(fixture.journal).containsExactly("insert", "hasCompletedSibling", "ack");
    assertThat(handled).isEmpty();
    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.DUPLICATE);
    assertThat(fixture.metrics.calls).contains("duplicate:" + GROUP);
  }

  @Test
  void atLeastOnce_ignoresSibling() {
    fixture.repository.uniqueKey = false;
    fixture.repository.completedSibling = true;

    ConsumeResult result =
        fixture
            .service(options(AckStrategy.AT_LEAST_ONCE, CommitOffsetPolicy.ON_SUCCESS))
            .handler(completing())
            .build()
            .process(fixture.message("b-1", envelope("m-1")));

    assertThat(fixture.journal)
        .containsExactly("insert", "claim", "handle", "markCompleted", "ack");
    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.HANDLED);
  }

  @Test
  void malformedJson_storedAsFailedRow() {
    ConsumeResult result =
        fixture
            .service(InboxConsumeOptions.defaults())
            .handler(completing())
            .build()
            .process(fixture.message("b-1", "{\"id\":\"m-1\", oops"));

    InboxEvent row = fixture.repository.onlyRow();
    assertThat(fixture.journal).containsExactly("insert", "ack");
    assertThat(handled).isEmpty();
    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.REJECTED_BAD_INPUT);
    assertThat(result.eventId()).isEqualTo(row.id());
    assertThat(result.error())
        .startsWith("message b-1 rejected: envelope is not valid JSON at line 1");
    assertThat(row.messageId()).isEqualTo("b-1");
    assertThat(row.status()).isEqualTo(EventStatus.FAILED);
    assertThat(row.attemptsMade()).isEqualTo(row.maxAttempts());
    assertThat(row.lastError()).isEqualTo(result.error());
    assertThat(row.eventType()).isEqualTo(InboxConsumeService.BAD_INPUT_EVENT_TYPE);
    assertThat(row.payload()).isEqualTo("\"{\\\"id\\\":\\\"m-1\\\", oops\"");
    assertThat(fixture.metrics.calls).containsExactly("failed:" + GROUP + ":counted");
  }

  @Test
  void missingEventType_namedInError() {
    String body = "{\"id\":\"m-1\",\"schemaVersion\":\"1\",\"payload\":{}}";

    ConsumeResult result =
        fixture
            .service(InboxConsumeOptions.defaults())
            .build()
            .process(fixture.message("b-1", body));

    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.REJECTED_BAD_INPUT);
    assertThat(result.error()).contains("b-1").contains("'eventType' is missing");
    assertThat(result.ackDecision()).isEqualTo(AckDecision.ACKED);
  }

  @Test
  void invalidModelField_storedAsFailedRow() {
    String longType = "t".repeat(300);
    String body =
        "{\"id\":\"m-1\",\"eventType\":\""
            + longType
            + "\",\"schemaVersion\":\"1\",\"payload\":{}}";

    ConsumeResult result =
        fixture
            .service(InboxConsumeOptions.defaults())
            .build()
            .process(fixture.message("b-1", body));

    InboxEvent row = fixture.repository.onlyRow();
    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.REJECTED_BAD_INPUT);
    assertThat(row.messageId()).isEqualTo("m-1");
    assertThat(row.status()).isEqualTo(EventStatus.FAILED);
    assertThat(result.error()).contains("eventType");
  }

  @Test
  void oversizedBody_rejectedWithoutParsing() {
    EnvelopeParser failingParser =
        message -> {
          throw new AssertionError("an oversized body must not be parsed");
        };

    ConsumeResult result =
        fixture
            .service(InboxConsumeOptions.defaults().withMaxPayloadBytes(16))
            .parser(failingParser)
            .build()
            .process(fixture.message("b-1", "{\"text\":\"ääääääää\"}"));

    InboxEvent row = fixture.repository.onlyRow();
    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.REJECTED_BAD_INPUT);
    assertThat(result.error())
        .isEqualTo("message b-1 rejected: body is larger than maxPayloadBytes of 16 bytes");
    assertThat(row.payload()).isEqualTo("null");
    assertThat(row.status()).isEqualTo(EventStatus.FAILED);
    assertThat(fixture.journal).containsExactly("insert", "ack");
  }

  @Test
  void noMessageId_deadLettered() {
    String body = "{\"eventType\":\"t\",\"schemaVersion\":\"1\",\"payload\":{}}";

    ConsumeResult result =
        fixture
            .service(InboxConsumeOptions.defaults())
            .build()
            .process(fixture.message(null, body));

    assertThat(fixture.repository.rows).isEmpty();
    assertThat(fixture.journal).containsExactly("ack");
    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.DEAD_LETTERED_BAD_INPUT);
    assertThat(result.error())
        .isEqualTo(
            "message without id rejected: envelope field 'id' is missing or blank; the producer must set it");
    DeadLetter deadLetter = fixture.deadLetters.added.get(0);
    assertThat(deadLetter.payload()).isEqualTo(body);
    assertThat(deadLetter.scope()).isEqualTo(GROUP);
    assertThat(deadLetter.eventId()).isNull();
    assertThat(deadLetter.reason()).isEqualTo(result.error());
    assertThat(deadLetter.deadLetteredAt()).isEqualTo(NOW);
    assertThat(fixture.metrics.calls)
        .containsExactly("failed:" + GROUP + ":counted", "deadLettered:" + GROUP);
  }

  @Test
  void unstorableMessageId_deadLettered() {
    String longId = "b".repeat(300);

    ConsumeResult result =
        fixture
            .service(InboxConsumeOptions.defaults())
            .build()
            .process(fixture.message(longId, "oops"));

    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.DEAD_LETTERED_BAD_INPUT);
    assertThat(result.error()).contains("the row could not be built").contains("messageId");
    assertThat(fixture.repository.rows).isEmpty();
    assertThat(fixture.deadLetters.added).hasSize(1);
    assertThat(fixture.journal).containsExactly("ack");
  }

  @Test
  void blankBrokerId_treatedAsMissing() {
    ConsumeResult result =
        fixture
            .service(InboxConsumeOptions.defaults())
            .build()
            .process(fixture.message(" ", "oops"));

    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.DEAD_LETTERED_BAD_INPUT);
    assertThat(result.error()).startsWith("message without id rejected:");
  }

  @Test
  void noMessageIdNoStore_dropped() {
    ConsumeResult result =
        InboxConsumeService.builder()
            .repository(fixture.repository)
            .clock(fixture.clock)
            .build()
            .process(fixture.message(null, "not json"));

    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.DROPPED_BAD_INPUT);
    assertThat(fixture.journal).containsExactly("ack");
  }

  @Test
  void redeliveredBadInput_isDuplicate() {
    InboxConsumeService service = fixture.service(InboxConsumeOptions.defaults()).build();
    service.process(fixture.message("b-1", "oops"));
    fixture.journal.clear();

    ConsumeResult result = service.process(fixture.message("b-1", "oops"));

    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.DUPLICATE);
    assertThat(fixture.journal).containsExactly("insert", "ack");
  }

  @Test
  void persistFailure_raisesAndNeverAcks() {
    StorageConnectionException cause = new StorageConnectionException("connection refused", null);
    fixture.repository.insertFailure = cause;
    InboxConsumeService service =
        fixture
            .service(options(AckStrategy.EXACTLY_ONCE_INBOX, CommitOffsetPolicy.ON_PERSIST))
            .handler(completing())
            .build();

    assertThatThrownBy(() -> service.process(fixture.message("b-1", envelope("m-1"))))
        .isInstanceOf(InboxPersistException.class)
        .hasMessageContaining("OMNIBOX001503")
        .hasMessageContaining("m-1")
        .hasCause(cause);
    assertThat(fixture.journal).containsExactly("insert");
    assertThat(handled).isEmpty();
  }

  @Test
  void persistFailure_anyRuntimeException() {
    fixture.repository.insertFailure = new IllegalStateException("driver bug");
    InboxConsumeService service = fixture.service(InboxConsumeOptions.defaults()).build();

    assertThatThrownBy(() -> service.process(fixture.message("b-1", envelope("m-1"))))
        .isInstanceOf(InboxPersistException.class);
    assertThat(fixture.journal).containsExactly("insert");
  }

  @Test
  void badInputPersistFailure_raises() {
    fixture.repository.insertFailure = new StorageConnectionException("down", null);
    InboxConsumeService service = fixture.service(InboxConsumeOptions.defaults()).build();

    assertThatThrownBy(() -> service.process(fixture.message("b-1", "oops")))
        .isInstanceOf(InboxPersistException.class)
        .hasMessageContaining("b-1");
    assertThat(fixture.journal).containsExactly("insert");
  }

  @Test
  void deadLetterFailure_raises() {
    fixture.deadLetters.failure = new StorageConnectionException("down", null);
    InboxConsumeService service = fixture.service(InboxConsumeOptions.defaults()).build();

    assertThatThrownBy(() -> service.process(fixture.message(null, "oops")))
        .isInstanceOf(InboxPersistException.class);
    assertThat(fixture.journal).isEmpty();
  }

  @Test
  void atMostOnce_persistFailureLost() {
    fixture.repository.insertFailure = new StorageConnectionException("down", null);

    ConsumeResult result =
        fixture
            .service(options(AckStrategy.AT_MOST_ONCE, CommitOffsetPolicy.ON_PERSIST))
            .handler(completing())
            .build()
            .process(fixture.message("b-1", envelope("m-1")));

    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.LOST);
    assertThat(result.ackDecision()).isEqualTo(AckDecision.ACKED);
    assertThat(fixture.journal).containsExactly("ack", "insert");
    assertThat(handled).isEmpty();
    assertThat(fixture.metrics.calls).containsExactly("failed:" + GROUP + ":counted");
  }

  @Test
  void onSuccess_resultNotRecordedRaises() {
    fixture.repository.markFailure = new StorageConnectionException("down", null);
    InboxConsumeService service =
        fixture
            .service(options(AckStrategy.AT_LEAST_ONCE, CommitOffsetPolicy.ON_SUCCESS))
            .handler(completing())
            .build();

    assertThatThrownBy(() -> service.process(fixture.message("b-1", envelope("m-1"))))
        .isInstanceOf(InboxPersistException.class);
    assertThat(fixture.journal).containsExactly("insert", "claim", "handle", "markCompleted");
  }

  @Test
  void onPersist_resultNotRecordedReported() {
    fixture.repository.markFailure = new StorageConnectionException("down", null);

    ConsumeResult result =
        fixture
            .service(options(AckStrategy.AT_LEAST_ONCE, CommitOffsetPolicy.ON_PERSIST))
            .handler(completing())
            .build()
            .process(fixture.message("b-1", envelope("m-1")));

    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.RESULT_NOT_RECORDED);
    assertThat(fixture.journal)
        .containsExactly("insert", "ack", "claim", "handle", "markCompleted");
  }

  @Test
  void claimLost_leftToDispatch() {
    fixture.repository.claimLost = true;

    ConsumeResult result =
        fixture
            .service(options(AckStrategy.AT_LEAST_ONCE, CommitOffsetPolicy.ON_SUCCESS))
            .handler(completing())
            .build()
            .process(fixture.message("b-1", envelope("m-1")));

    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.STORED);
    assertThat(handled).isEmpty();
    assertThat(fixture.journal).containsExactly("insert", "claim", "ack");
  }

  @Test
  void handler_seesLeasedRow() {
    fixture
        .service(InboxConsumeOptions.defaults())
        .handler(completing())
        .workerId("node-1")
        .build()
        .process(fixture.message("b-1", envelope("m-1")));

    assertThat(handled).hasSize(1);
    assertThat(handled.get(0).lockedBy()).isEqualTo("node-1");
    assertThat(fixture.repository.completed).containsExactly(handled.get(0).id());
    assertThat(fixture.metrics.calls).containsExactly("completed:" + GROUP);
  }

  @Test
  void skippedAndStale_storedCompleted() {
    for (EventHandlerResult outcome :
        List.of(EventHandlerResult.skipped("not for us"), EventHandlerResult.stale("newer seen"))) {
      ConsumeFixture local = new ConsumeFixture();

      ConsumeResult result =
          local
              .service(options(AckStrategy.AT_LEAST_ONCE, CommitOffsetPolicy.ON_SUCCESS))
              .handlerFunction(event -> outcome)
              .build()
              .process(local.message("b-1", envelope("m-1")));

      assertThat(result.outcome()).isEqualTo(ConsumeOutcome.HANDLED);
      assertThat(result.handlerStatus()).isEqualTo(outcome.status());
      assertThat(result.ackDecision()).isEqualTo(AckDecision.ACKED);
      assertThat(local.repository.completed).hasSize(1);
      String metric = outcome.status() == HandlerStatus.SKIPPED ? "skipped:" : "stale:";
      assertThat(local.metrics.calls).containsExactly(metric + GROUP);
    }
  }

  @Test
  void retryNotCounted_usesGivenTime() {
    Instant next = NOW.plus(Duration.ofMinutes(3));

    fixture
        .service(InboxConsumeOptions.defaults())
        .handlerFunction(event -> EventHandlerResult.retry("rate limited", false, next))
        .build()
        .process(fixture.message("b-1", envelope("m-1")));

    FailureUpdate update = fixture.repository.failures.get(0);
    assertThat(update.kind()).isEqualTo(FailureKind.NOT_COUNTED);
    assertThat(update.nextAttemptAt()).isEqualTo(next);
    assertThat(update.error()).isEqualTo("rate limited");
    assertThat(fixture.metrics.calls)
        .containsExactly("failed:" + GROUP + ":notCounted", "retried:" + GROUP);
  }

  @Test
  void retryWithoutTime_usesRetryDelay() {
    fixture
        .service(InboxConsumeOptions.defaults().withRetryDelay(Duration.ofSeconds(45)))
        .handlerFunction(event -> EventHandlerResult.retry("busy"))
        .build()
        .process(fixture.message("b-1", envelope("m-1")));

    FailureUpdate update = fixture.repository.failures.get(0);
    assertThat(update.kind()).isEqualTo(FailureKind.COUNTED);
    assertThat(update.nextAttemptAt()).isEqualTo(NOW.plusSeconds(45));
  }

  @Test
  void retryWithoutTime_usesBackoff() {
    Backoff backoff =
        Backoff.builder().base(Duration.ofSeconds(3)).multiplier(2.0).jitter(Jitter.NONE).build();

    fixture
        .service(InboxConsumeOptions.defaults().withRetryDelay(Duration.ofSeconds(45)))
        .backoff(backoff)
        .handlerFunction(event -> EventHandlerResult.retry("busy"))
        .build()
        .process(fixture.message("b-1", envelope("m-1")));

    FailureUpdate update = fixture.repository.failures.get(0);
    assertThat(update.kind()).isEqualTo(FailureKind.COUNTED);
    assertThat(update.nextAttemptAt()).isEqualTo(NOW.plusSeconds(3));
  }

  @Test
  void transientException_notCountedAfterBackoff() {
    Backoff backoff = Backoff.builder().base(Duration.ofSeconds(5)).jitter(Jitter.NONE).build();

    ConsumeResult result =
        fixture
            .service(InboxConsumeOptions.defaults().withMaxAttempts(1))
            .backoff(backoff)
            .handler(
                event -> {
                  throw new ConnectException("billing service refused the connection");
                })
            .build()
            .process(fixture.message("b-1", envelope("m-1")));

    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.RETRY_SCHEDULED);
    FailureUpdate update = fixture.repository.failures.get(0);
    assertThat(update.kind()).isEqualTo(FailureKind.NOT_COUNTED);
    assertThat(update.nextAttemptAt()).isEqualTo(NOW.plusSeconds(5));
    assertThat(fixture.deadLetters.added).isEmpty();
  }

  @Test
  void classifier_makesExceptionTransient() {
    ErrorClassifier classifier =
        ErrorClassifier.builder().transientType(IllegalStateException.class).build();

    fixture
        .service(InboxConsumeOptions.defaults().withRetryDelay(Duration.ofSeconds(45)))
        .classifier(classifier)
        .handler(
            event -> {
              throw new IllegalStateException("ledger locked");
            })
        .build()
        .process(fixture.message("b-1", envelope("m-1")));

    FailureUpdate update = fixture.repository.failures.get(0);
    assertThat(update.kind()).isEqualTo(FailureKind.NOT_COUNTED);
    assertThat(update.nextAttemptAt()).isEqualTo(NOW.plusSeconds(45));
  }

  @Test
  void exceptionOnLastAttempt_deadLettered() {
    ConsumeResult result =
        fixture
            .service(InboxConsumeOptions.defaults().withMaxAttempts(1))
            .handler(
                event -> {
                  throw new IllegalArgumentException("bad total");
                })
            .build()
            .process(fixture.message("b-1", envelope("m-1")));

    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.HANDLER_FAILED);
    assertThat(result.handlerStatus()).isEqualTo(HandlerStatus.FAILED);
    assertThat(result.error()).isEqualTo("java.lang.IllegalArgumentException: bad total");
    FailureUpdate update = fixture.repository.failures.get(0);
    assertThat(update.kind()).isEqualTo(FailureKind.COUNTED);
    DeadLetter deadLetter = fixture.deadLetters.added.get(0);
    assertThat(deadLetter.eventId()).isEqualTo(result.eventId());
    assertThat(deadLetter.messageId()).isEqualTo("m-1");
    assertThat(deadLetter.reason()).isEqualTo(result.error());
    assertThat(fixture.metrics.calls)
        .containsExactly("failed:" + GROUP + ":counted", "deadLettered:" + GROUP);
  }

  @Test
  void exceptionWithAttemptsLeft_retries() {
    ConsumeResult result =
        fixture
            .service(InboxConsumeOptions.defaults().withMaxAttempts(3))
            .handler(
                event -> {
                  throw new IllegalArgumentException("bad total");
                })
            .build()
            .process(fixture.message("b-1", envelope("m-1")));

    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.RETRY_SCHEDULED);
    assertThat(result.handlerStatus()).isEqualTo(HandlerStatus.RETRY);
    assertThat(fixture.deadLetters.added).isEmpty();
  }

  @Test
  void failedResult_terminalAndDeadLettered() {
    ConsumeResult result =
        fixture
            .service(InboxConsumeOptions.defaults())
            .handlerFunction(event -> EventHandlerResult.failed("order unknown"))
            .build()
            .process(fixture.message("b-1", envelope("m-1")));

    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.HANDLER_FAILED);
    assertThat(fixture.repository.failures.get(0).kind()).isEqualTo(FailureKind.FINAL);
    assertThat(fixture.deadLetters.added).hasSize(1);
  }

  @Test
  void nullResult_treatedAsFailure() {
    ConsumeResult result =
        fixture
            .service(InboxConsumeOptions.defaults())
            .handlerFunction(event -> null)
            .build()
            .process(fixture.message("b-1", envelope("m-1")));

    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.HANDLER_FAILED);
    assertThat(result.error()).contains("returned null");
  }

  @Test
  void propertiesParser_pluggable() {
    ConsumeResult result =
        fixture
            .service(InboxConsumeOptions.defaults())
            .parser(dev.omnibox.envelope.PropertiesEnvelopeParser.withDefaults())
            .build()
            .process(
                fixture.message(
                    "b-1", "plain text", Map.of("eventType", "note", "schemaVersion", "1")));

    InboxEvent row = fixture.repository.onlyRow();
    assertThat(result.outcome()).isEqualTo(ConsumeOutcome.STORED);
    assertThat(row.messageId()).isEqualTo("b-1");
    assertThat(row.payload()).isEqualTo("\"plain text\"");
  }

  @Test
  void builder_validatesConfiguration() {
    assertThatThrownBy(() -> InboxConsumeService.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("repository is required");
    assertThatThrownBy(
            () ->
                fixture
                    .service(options(AckStrategy.AT_LEAST_ONCE, CommitOffsetPolicy.ON_SUCCESS))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ON_SUCCESS needs an inline handler");
    assertThatThrownBy(() -> InboxConsumeService.builder().workerId(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workerId");
  }

  @Test
  void options_validated() {
    InboxConsumeOptions defaults = InboxConsumeOptions.defaults();

    assertThatThrownBy(() -> defaults.withMaxPayloadBytes(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxPayloadBytes must be at least 1, but was 0");
    assertThatThrownBy(() -> defaults.withMaxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAttempts must be at least 1, but was 0");
    assertThatThrownBy(() -> defaults.withLeaseTtl(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leaseTtl must be positive");
    assertThatThrownBy(() -> defaults.withRetryDelay(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("retryDelay must be positive");
    assertThatThrownBy(() -> defaults.withAckStrategy(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("ackStrategy");
  }
}
