package dev.omnibox.testing;

import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.EventPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/** A test fake of {@link EventPublisher} that records what it sent and fails on request. */
public final class RecordingPublisher implements EventPublisher {

  private final List<UUID> published = new ArrayList<>();
  private Function<OutboxEvent, RuntimeException> failure = event -> null;

  /** Makes publish throw the exception that {@code failureFor} returns; null lets it pass. */
  public synchronized void failWith(Function<OutboxEvent, RuntimeException> failureFor) {
    this.failure = failureFor;
  }

  @Override
  public synchronized void publish(OutboxEvent event) {
    RuntimeException error = failure.apply(event);
    if (error != null) {
      throw error;
    }
    published.add(event.id());
  }

  public synchronized List<UUID> published() {
    return List.copyOf(published);
  }
}
