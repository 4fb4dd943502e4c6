package dev.omnibox.ejb.tracing;

import dev.omnibox.envelope.Traceparent;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Copies the W3C {@code traceparent} header of each JAX-RS request into {@link RequestTraceparent},
 * so that outbox events written while handling the request carry it. An invalid header is ignored,
 * as the W3C Trace Context recommendation requires.
 */
@Provider
@PreMatching
public class TraceparentFilter implements ContainerRequestFilter {

  public static final String HEADER = "traceparent";

  @Inject RequestTraceparent requestTraceparent;

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HEADER);
    if (header != null && Traceparent.isValid(header.strip())) {
      requestTraceparent.set(header.strip());
    }
  }
}
