package dev.omnibox.pipeline.step;

import static dev.omnibox.testing.PipelineFixtures.CLASSIFIER;
import static dev.omnibox.testing.PipelineFixtures.NOW;
import static dev.omnibox.testing.PipelineFixtures.inboxEvent;
import static dev.omnibox.testing.PipelineFixtures.outboxEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.PipelineFixtures.TransientFailure;
import dev.omnibox.testing.RecordingMetrics;
import org.junit.jupiter.api.Test;

class MetricsStepTest {

  private final RecordingMetrics metrics = new RecordingMetrics();
  private final MutableClock clock = new MutableClock(NOW);

  private <E extends StoredEvent> void run(E event, EventHandlerResult result) throws Exception {
    new MetricsStep<E>(metrics, CLASSIFIER, clock).process(event, e -> result);
  }

  private void runThrowing(OutboxEvent event, RuntimeException failure) {
    MetricsStep<OutboxEvent> step = new MetricsStep<>(metrics, CLASSIFIER, clock);
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
  void completed_reportsLatencySinceCreation() throws Exception {
    run(outboxEvent(1), EventHandlerResult.completed());

    assertThat(metrics.calls()).containsExactly("completed OUTBOX orders PT59M59S");
  }

  @Test
  void inboxScope_isTheConsumerGroup() throws Exception {
    InboxEvent event = inboxEvent(1);

    run(event, EventHandlerResult.skipped("duplicate"));
    run(event, EventHandlerResult.stale("old"));

    assertThat(metrics.calls()).containsExactly("skipped INBOX shipping", "stale INBOX shipping");
  }

  @Test
  void countedRetry_reportsFailedAndRetried() throws Exception {
    run(outboxEvent(1), EventHandlerResult.retry("again"));

    assertThat(metrics.calls())
        .containsExactly("failed OUTBOX orders counted", "retried OUTBOX orders");
  }

  @Test
  void countedRetryOnLastAttempt_reportsDeadLettered() throws Exception {
    run(outboxEvent(1).toBuilder().attemptsMade(2).build(), EventHandlerResult.retry("again"));

    assertThat(metrics.calls())
        .containsExactly("failed OUTBOX orders counted", "deadLettered OUTBOX orders");
  }

  @Test
  void failedResult_reportsDeadLettered() throws Exception {
    run(outboxEvent(1), EventHandlerResult.failed("broken"));

    assertThat(metrics.calls())
        .containsExactly("failed OUTBOX orders counted", "deadLettered OUTBOX orders");
  }

  @Test
  void transientException_reportsNotCountedAndRethrows() {
    runThrowing(outboxEvent(1).toBuilder().attemptsMade(2).build(), new TransientFailure("down"));

    assertThat(metrics.calls())
        .containsExactly("failed OUTBOX orders not-counted", "retried OUTBOX orders");
  }

  @Test
  void permanentException_reportsCountedAndRethrows() {
    runThrowing(outboxEvent(1), new IllegalArgumentException("bad"));

    assertThat(metrics.calls())
        .containsExactly("failed OUTBOX orders counted", "retried OUTBOX orders");
  }
}
