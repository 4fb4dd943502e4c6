package dev.omnibox.ejb.tracing;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** The {@code traceparent} header of the current request, set by {@link TraceparentFilter}. */
@RequestScoped
public class RequestTraceparent {

  private String traceparent;

  /** Returns the request's valid {@code traceparent}, or empty. */
  public Optional<String> value() {
    return Optional.ofNullable(traceparent);
  }

  void set(String traceparent) {
    this.traceparent = traceparent;
  }
}
