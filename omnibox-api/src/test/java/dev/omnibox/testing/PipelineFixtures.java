package dev.omnibox.testing;

import dev.omnibox.model.InboxEvent;
import dev.omnibox.model.OutboxEvent;
import dev.omnibox.retry.Backoff;
import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.retry.Jitter;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Events, a backoff and a classifier with known values, for the pipeline tests. */
public final class PipelineFixtures {

  /** The time the pipeline tests start at: one hour after the events were created. */
  public static final Instant NOW = TestEvents.T0.plus(Duration.ofHours(1));

  /** Backoff without jitter: 1 s after attempt 1, 2 s after attempt 2, 4 s after attempt 3. */
  public static final Backoff BACKOFF =
      Backoff.builder()
          .base(Duration.ofSeconds(1))
          .multiplier(2)
          .cap(Duration.ofMinutes(1))
          .jitter(Jitter.NONE)
          .build();

  /** Classifies {@link TransientFailure} as transient and everything else as permanent. */
  public static final ErrorClassifier CLASSIFIER =
      ErrorClassifier.builder().clear().transientType(TransientFailure.class).build();

  private PipelineFixtures() {}

  /** Returns the id of test event {@code n}. */
  public static UUID id(int n) {
    return new UUID(0x5eed, n);
  }

  /**
   * Returns PENDING outbox event {@code n} of topic "orders", created {@code n} seconds after T0.
   */
  public static OutboxEvent outboxEvent(int n) {
    Instant created = TestEvents.T0.plusSeconds(n);
    return TestEvents.outbox()
        .id(id(n))
        .createdAt(created)
        .scheduledAt(created)
        .updatedAt(created)
        .build();
  }

  /**
   * Returns PENDING inbox event {@code n} of group "shipping", message "message-n", source
   * "orders".
   */
  public static InboxEvent inboxEvent(int n) {
    Instant created = TestEvents.T0.plusSeconds(n);
    return TestEvents.inbox()
        .id(id(n))
        .messageId("message-" + n)
        .source("orders")
        .createdAt(created)
        .scheduledAt(created)
        .updatedAt(created)
        .build();
  }

  /** A failure that {@link #CLASSIFIER} calls transient. */
  public static final class TransientFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TransientFailure(String message) {
      super(message);
    }
  }
}
