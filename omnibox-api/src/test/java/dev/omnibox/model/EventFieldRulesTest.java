package dev.omnibox.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.testing.TestEvents;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventFieldRulesTest {

  /** Returns the field name and a build of a valid outbox builder changed by {@code set}. */
  private static Arguments outbox(String name, UnaryOperator<OutboxEvent.Builder> set) {
    return Arguments.of(name, (Runnable) () -> set.apply(TestEvents.outbox()).build());
  }

  private static Arguments inbox(String name, UnaryOperator<InboxEvent.Builder> set) {
    return Arguments.of(name, (Runnable) () -> set.apply(TestEvents.inbox()).build());
  }

  static Stream<Arguments> missingRequired() {
    return Stream.of(
        outbox("id", b -> b.id(null)),
        outbox("eventType", b -> b.eventType(null)),
        outbox("payload", b -> b.payload(null)),
        outbox("schemaVersion", b -> b.schemaVersion(null)),
        outbox("status", b -> b.status(null)),
        outbox("scheduledAt", b -> b.scheduledAt(null)),
        outbox("createdAt", b -> b.createdAt(null)),
        outbox("updatedAt", b -> b.updatedAt(null)),
        outbox("topic", b -> b.topic(null)),
        inbox("messageId", b -> b.messageId(null)),
        inbox("consumerGroup", b -> b.consumerGroup(null)),
        inbox("createdAt", b -> b.createdAt(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("missingRequired")
  void missingRequiredField_isRejected(String field, Runnable build) {
    assertThatThrownBy(build::run)
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001001")
        .hasMessageContaining(field + " is missing");
  }

  @Test
  void missingId_namesEventWithoutId() {
    assertThatThrownBy(() -> TestEvents.outbox().id(null).build())
        .hasMessageContaining("outbox event without id");
  }

  static Stream<Arguments> blankRequired() {
    return Stream.of(
        outbox("eventType", b -> b.eventType(" ")),
        outbox("payload", b -> b.payload(" ")),
        outbox("schemaVersion", b -> b.schemaVersion(" ")),
        outbox("topic", b -> b.topic(" ")),
        inbox("messageId", b -> b.messageId(" ")),
        inbox("consumerGroup", b -> b.consumerGroup(" ")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blankRequired")
  void blankRequiredField_isRejected(String field, Runnable build) {
    assertThatThrownBy(build::run)
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001002")
        .hasMessageContaining(field + " is blank (' ')");
  }

  static Stream<Arguments> blankOptional() {
    return Stream.of(
        outbox("traceId", b -> b.traceId("")),
        outbox("correlationId", b -> b.correlationId("")),
        outbox("causationId", b -> b.causationId("")),
        outbox("idempotencyKey", b -> b.idempotencyKey("")),
        outbox("lockedBy", b -> b.lockedBy("").lockedAt(TestEvents.T0)),
        outbox("aggregateType", b -> b.aggregateType("")),
        outbox("aggregateId", b -> b.aggregateId("")),
        outbox("partitionKey", b -> b.partitionKey("")),
        inbox("source", b -> b.source("")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blankOptional")
  void blankOptionalField_isRejected(String field, Runnable build) {
    assertThatThrownBy(build::run)
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001003")
        .hasMessageContaining(field + " is blank ('')")
        .hasMessageContaining("leave it null");
  }

  static Stream<Arguments> overLimit() {
    String over = "x".repeat(256);
    return Stream.of(
        outbox("eventType", b -> b.eventType(over)),
        outbox("schemaVersion", b -> b.schemaVersion("x".repeat(65))),
        outbox("traceId", b -> b.traceId(over)),
        outbox("correlationId", b -> b.correlationId(over)),
        outbox("causationId", b -> b.causationId(over)),
        outbox("idempotencyKey", b -> b.idempotencyKey(over)),
        outbox("lockedBy", b -> b.lockedBy(over).lockedAt(TestEvents.T0)),
        outbox("topic", b -> b.topic(over)),
        outbox("aggregateType", b -> b.aggregateType(over)),
        outbox("aggregateId", b -> b.aggregateId(over)),
        outbox("partitionKey", b -> b.partitionKey(over)),
        inbox("messageId", b -> b.messageId(over)),
        inbox("consumerGroup", b -> b.consumerGroup(over)),
        inbox("source", b -> b.source(over)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("overLimit")
  void fieldOverLimit_isRejectedWithLengthAndLimit(String field, Runnable build) {
    assertThatThrownBy(build::run)
        .isInstanceOf(InvalidEventException.class)
        .hasMessageContaining("OMNIBOX001004")
        .hasMessageMatching(
            ".*" + field + " is (256|65) characters long, over the limit of (255|64).*")
        .hasMessageContaining("'" + "x".repeat(40) + "'");
  }

  @Test
  void fieldsAtLimit_areAccepted() {
    String max = "x".repeat(StoredEvent.MAX_TEXT_LENGTH);

    OutboxEvent outbox =
        TestEvents.outbox()
            .eventType(max)
            .schemaVersion("x".repeat(StoredEvent.MAX_SCHEMA_VERSION_LENGTH))
            .traceId(max)
            .correlationId(max)
            .causationId(max)
            .idempotencyKey(max)
            .topic(max)
            .aggregateType(max)
            .aggregateId(max)
            .partitionKey(max)
            .lockedBy(max)
            .lockedAt(TestEvents.T0)
            .build();
    InboxEvent inbox = TestEvents.inbox().messageId(max).consumerGroup(max).source(max).build();

    assertThat(outbox.topic()).hasSize(255);
    assertThat(inbox.source()).hasSize(255);
  }

  @Test
  void length_countsCharactersNotUtf16Units() {
    String emoji = "😀".repeat(StoredEvent.MAX_TEXT_LENGTH);

    assertThat(TestEvents.outbox().topic(emoji).build().topic()).isEqualTo(emoji);
    assertThatThrownBy(() -> TestEvents.outbox().topic(emoji + "😀").build())
        .hasMessageContaining("topic is 256 characters long");
  }

  @Test
  void payload_hasNoLengthLimit() {
    String payload = "{\"text\":\"" + "x".repeat(100_000) + "\"}";

    assertThat(TestEvents.outbox().payload(payload).build().payload()).isEqualTo(payload);
  }
}
