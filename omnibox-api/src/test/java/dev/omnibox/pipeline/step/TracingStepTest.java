package dev.omnibox.pipeline.step;

import static dev.omnibox.testing.PipelineFixtures.outboxEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.testing.RecordingTracer;
import org.junit.jupiter.api.Test;

class TracingStepTest {

  private final RecordingTracer tracer = new RecordingTracer();
  private final TracingStep<OutboxEvent> step = new TracingStep<>(tracer, "omnibox.publish");
  private final OutboxEvent event = outboxEvent(1);

  @Test
  void span_coversTheChain() throws Exception {
    step.process(
        event,
        e -> {
          assertThat(tracer.calls()).containsExactly("start omnibox.publish " + event.id());
          return EventHandlerResult.completed();
        });

    assertThat(tracer.calls())
        .containsExactly("start omnibox.publish " + event.id(), "close " + event.id());
  }

  @Test
  void exception_isRecordedAndRethrown() {
    IllegalStateException failure = new IllegalStateException("broker down");

    assertThatThrownBy(
            () ->
                step.process(
                    event,
                    e -> {
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(tracer.calls())
        .containsExactly(
            "start omnibox.publish " + event.id(), "error broker down", "close " + event.id());
  }

  @Test
  void operation_mustNotBeBlank() {
    assertThatThrownBy(() -> new TracingStep<OutboxEvent>(tracer, ""))
        .hasMessage("operation must not be blank, but was ''");
  }
}
