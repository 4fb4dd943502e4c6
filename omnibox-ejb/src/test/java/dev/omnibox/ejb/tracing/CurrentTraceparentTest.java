package dev.omnibox.ejb.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.envelope.Traceparent;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import org.junit.jupiter.api.Test;

class CurrentTraceparentTest {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String SPAN_ID = "00f067aa0ba902b7";

  @Test
  void sampledSpan_formatsVersion00() {
    SpanContext context =
        SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault());

    String traceparent = CurrentTraceparent.OpenTelemetrySupport.format(context).orElseThrow();

    assertThat(traceparent).isEqualTo("00-" + TRACE_ID + "-" + SPAN_ID + "-01");
    assertThat(Traceparent.isValid(traceparent)).isTrue();
  }

  @Test
  void invalidSpan_hasNoTraceparent() {
    assertThat(CurrentTraceparent.OpenTelemetrySupport.format(SpanContext.getInvalid())).isEmpty();
  }

  @Test
  void noActiveSpan_hasNoTraceparent() {
    assertThat(CurrentTraceparent.OpenTelemetrySupport.currentTraceparent()).isEmpty();
  }
}
