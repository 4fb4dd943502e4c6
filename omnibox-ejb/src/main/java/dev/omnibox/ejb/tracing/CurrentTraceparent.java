package dev.omnibox.ejb.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * The {@link TraceparentSource} of the application: the current OpenTelemetry span when the
 * OpenTelemetry API is on the class path and a span is active (MicroProfile Telemetry), otherwise
 * the {@code traceparent} header of the current JAX-RS request, otherwise none.
 */
@ApplicationScoped
public class CurrentTraceparent implements TraceparentSource {

  private static final String OPEN_TELEMETRY_CLASS = "io.opentelemetry.api.trace.Span";

  private final boolean openTelemetryPresent = isClassPresent(OPEN_TELEMETRY_CLASS);

  @Inject Instance<RequestTraceparent> requestTraceparent;

  @Override
  public Optional<String> currentTraceparent() {
    if (openTelemetryPresent) {
      Optional<String> fromSpan = OpenTelemetrySupport.currentTraceparent();
      if (fromSpan.isPresent()) {
        return fromSpan;
      }
    }
    return fromRequest();
  }

  private Optional<String> fromRequest() {
    try {
      return requestTraceparent.get().value();
    } catch (ContextNotActiveException e) {
      // No request scope on this thread, as on a timer or executor thread: no trace.
      return Optional.empty();
    }
  }

  private static boolean isClassPresent(String name) {
    try {
      Class.forName(name, false, CurrentTraceparent.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Loaded only when the OpenTelemetry API is on the class path. */
  static final class OpenTelemetrySupport {

    private OpenTelemetrySupport() {}

    static Optional<String> currentTraceparent() {
      return format(Span.current().getSpanContext());
    }

    /** Formats a valid span context as a version-00 {@code traceparent}. */
    static Optional<String> format(SpanContext context) {
      if (!context.isValid()) {
        return Optional.empty();
      }
      return Optional.of(
          "00-"
              + context.getTraceId()
              + "-"
              + context.getSpanId()
              + "-"
              + context.getTraceFlags().asHex());
    }
  }
}
