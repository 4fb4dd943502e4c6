package dev.omnibox.ejb.jms;

import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.retry.ErrorKind;

/**
 * Rules that make the pipeline's {@link ErrorClassifier} follow the JMS publisher's decision:
 * {@link BrokerUnavailableException} is {@link ErrorKind#TRANSIENT} (retried with backoff, not
 * counted) and {@link PublishRejectedException} is {@link ErrorKind#PERMANENT} (counted, then
 * dead-lettered).
 *
 * <pre>{@code
 * ErrorClassifier classifier = JmsErrorRules.addTo(ErrorClassifier.builder()).build();
 * }</pre>
 */
public final class JmsErrorRules {

  private JmsErrorRules() {}

  /** Adds the two rules to {@code builder} and returns it. */
  public static ErrorClassifier.Builder addTo(ErrorClassifier.Builder builder) {
    if (builder == null) {
      throw new IllegalArgumentException("builder must not be null");
    }
    return builder
        .transientType(BrokerUnavailableException.class)
        .permanentType(PublishRejectedException.class);
  }
}
