package dev.omnibox.pipeline.step;

import static dev.omnibox.testing.PipelineFixtures.BACKOFF;
import static dev.omnibox.testing.PipelineFixtures.CLASSIFIER;
import static dev.omnibox.testing.PipelineFixtures.NOW;
import static dev.omnibox.testing.PipelineFixtures.inboxEvent;
import static dev.omnibox.testing.PipelineFixtures.outboxEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.handler.HandlerStatus;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.spi.DeadLetter;
import dev.omnibox.spi.EventKind;
import dev.omnibox.testing.InMemoryDeadLetterStore;
import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.PipelineFixtures.TransientFailure;
import org.junit.jupiter.api.Test;

class DeadLetterStepTest {

  private final InMemoryDeadLetterStore store = new InMemoryDeadLetterStore();
  private final MutableClock clock = new MutableClock(NOW);

  private <E extends StoredEvent> DeadLetterStep<E> step() {
    return new DeadLetterStep<>(store, CLASSIFIER, BACKOFF, clock);
  }

  private static OutboxEvent lastAttempt() {
    return outboxEvent(1).toBuilder().attemptsMade(2).build();
  }

  private void assertRethrown(OutboxEvent event, RuntimeException failure) {
    DeadLetterStep<OutboxEvent> step = step();
    assertThatThrownBy(
            () ->
                step.process(
                    event,
                    e -> {
                      throw failure;
                    }))
        .isSameAs(failure);
  }

  @Test
  void failedResult_isDeadLetteredWithTheEventsFields() throws Exception {
    InboxEvent event = inboxEvent(1);

    EventHandlerResult result =
        this.<InboxEvent>step().process(event, e -> EventHandlerResult.failed("unknown order"));

    assertThat(result.status()).isEqualTo(HandlerStatus.FAILED);
    assertThat(store.all()).hasSize(1);
    DeadLetter letter = store.all().get(0);
    assertThat(letter.kind()).isEqualTo(EventKind.INBOX);
    assertThat(letter.eventId()).isEqualTo(event.id());
    assertThat(letter.eventType()).isEqualTo("order.created");
    assertThat(letter.scope()).isEqualTo("shipping");
    assertThat(letter.messageId()).isEqualTo("message-1");
    assertThat(letter.payload()).isEqualTo(event.payload());
    assertThat(letter.attempts()).isEqualTo(1);
    assertThat(letter.reason()).isEqualTo("unknown order");
    assertThat(letter.deadLetteredAt()).isEqualTo(NOW);
  }

  @Test
  void countedRetryOnLastAttempt_isDeadLettered() throws Exception {
    this.<OutboxEvent>step().process(lastAttempt(), e -> EventHandlerResult.retry("again"));

    assertThat(store.all())
        .singleElement()
        .satisfies(
            letter -> {
              assertThat(letter.attempts()).isEqualTo(3);
              assertThat(letter.scope()).isEqualTo("orders");
              assertThat(letter.messageId()).isNull();
            });
  }

  @Test
  void countedRetryWithAttemptsLeft_isNotDeadLettered() throws Exception {
    this.<OutboxEvent>step().process(outboxEvent(1), e -> EventHandlerResult.retry("again"));

    assertThat(store.all()).isEmpty();
  }

  @Test
  void uncountedRetryOnLastAttempt_isNotDeadLettered() throws Exception {
    this.<OutboxEvent>step()
        .process(lastAttempt(), e -> EventHandlerResult.retry("later", false, NOW.plusSeconds(5)));

    assertThat(store.all()).isEmpty();
  }

  @Test
  void permanentExceptionOnLastAttempt_isDeadLetteredAndRethrown() {
    assertRethrown(lastAttempt(), new IllegalArgumentException("bad payload"));

    assertThat(store.all())
        .singleElement()
        .extracting(DeadLetter::reason)
        .isEqualTo("java.lang.IllegalArgumentException: bad payload");
  }

  @Test
  void transientExceptionOnLastAttempt_isNeverDeadLettered() {
    assertRethrown(lastAttempt(), new TransientFailure("broker down"));

    assertThat(store.all()).isEmpty();
  }

  @Test
  void storeFailure_becomesUncountedRetry() throws Exception {
    store.failWith(new IllegalStateException("dead letter table missing"));

    EventHandlerResult result =
        this.<OutboxEvent>step().process(outboxEvent(1), e -> EventHandlerResult.failed("broken"));

    assertThat(result.status()).isEqualTo(HandlerStatus.RETRY);
    assertThat(result.countsAsAttempt()).isFalse();
    assertThat(result.nextRetryAt()).contains(NOW.plusSeconds(1));
    assertThat(result.message()).contains("dead letter table missing");
  }
}
