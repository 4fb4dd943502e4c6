package dev.omnibox.pipeline.step;

import dev.omnibox.handler.EventHandlerResult;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.pipeline.ProcessingStep;
import dev.omnibox.pipeline.StepChain;
import dev.omnibox.spi.EventTracer;
import java.util.Objects;

/**
 * Opens a tracing span around the rest of the chain and records an exception thrown inside it.
 * Results with a failure status are not errors of the span: the handler chose them.
 *
 * @param <E> the event type
 * @since 0.1
 */
public final class TracingStep<E extends StoredEvent> implements ProcessingStep<E> {

  private final EventTracer tracer;
  private final String operation;

  /**
   * Creates the step.
   *
   * @param operation the span name, for example {@code "omnibox.publish"}
   */
  public TracingStep(EventTracer tracer, String operation) {
    this.tracer = Objects.requireNonNull(tracer, "tracer must not be null; use NOOP");
    if (operation == null || operation.isBlank()) {
      throw new IllegalArgumentException(
          "operation must not be blank, but was '" + operation + "'");
    }
    this.operation = operation;
  }

  @Override
  public EventHandlerResult process(E event, StepChain<E> next) throws Exception {
    try (EventTracer.Scope scope = tracer.start(event, operation)) {
      try {
        return next.proceed(event);
      } catch (Exception e) {
        scope.recordError(e);
        throw e;
      }
    }
  }
}
