package dev.omnibox.batch.job;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.ejb.jms.PublishMode;
import dev.omnibox.ejb.outbox.OmniboxConfig;
import dev.omnibox.spi.EventPublisher;
import java.util.Objects;

/**
 * Decides how the relay job combines the send with the chunk transaction that marks the events
 * completed, from the {@link PublishMode}.
 *
 * <ul>
 *   <li>{@link PublishMode#XA}: the publisher runs in the chunk's JTA transaction. With an XA
 *       datasource and an XA connection factory ({@code java:/JmsXA}), the send and the
 *       mark-completed commit together through two-phase commit.
 *   <li>{@link PublishMode#AT_LEAST_ONCE}: the publisher runs with the chunk transaction suspended,
 *       so the send commits in the broker before the chunk commits. A chunk that rolls back after
 *       the send, or a crash before its commit, leaves the event PENDING, and the relay sends it
 *       again once its claim is undone: a duplicate, never a loss.
 * </ul>
 */
final class RelayPublishing {

  private RelayPublishing() {}

  /**
   * Returns the mode of the job parameter {@value OmniboxJobs#PUBLISH_MODE}, or when it is unset,
   * of the setting {@value PublishMode#SETTING} (default {@link PublishMode#AT_LEAST_ONCE}).
   *
   * @throws IllegalArgumentException when the value names no mode
   */
  static PublishMode publishMode(String jobParameter, OmniboxConfig config) {
    if (jobParameter != null && !jobParameter.isBlank()) {
      try {
        return PublishMode.parse(jobParameter);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Job parameter "
                + OmniboxJobs.PUBLISH_MODE
                + " has the invalid value '"
                + jobParameter
                + "'. Use AT_LEAST_ONCE or XA.",
            e);
      }
    }
    return config
        .get(PublishMode.SETTING)
        .map(PublishMode::parse)
        .orElse(PublishMode.AT_LEAST_ONCE);
  }

  /** Returns the publisher the relay's pipeline calls in {@code mode}. */
  static EventPublisher publisherFor(
      PublishMode mode, EventPublisher publisher, TransactionSuspender suspender) {
    Objects.requireNonNull(mode, "mode must not be null");
    Objects.requireNonNull(publisher, "publisher must not be null");
    Objects.requireNonNull(suspender, "suspender must not be null");
    if (mode == PublishMode.XA) {
      return publisher;
    }
    return event -> suspender.runSuspended(() -> publisher.publish(event));
  }
}
