package dev.omnibox.spi;

import dev.omnibox.model.StoredEvent;
import java.util.Objects;

/**
 * Outcome of an insert: the stored event and whether it was already there.
 *
 * @param event the inserted event, or the existing one when {@code duplicate}
 * @param duplicate whether a row with the same deduplication key existed, so nothing was inserted
 * @param <E> the event type
 */
public record InsertResult<E extends StoredEvent>(E event, boolean duplicate) {

  public InsertResult {
    Objects.requireNonNull(event, "event must not be null");
  }

  public static <E extends StoredEvent> InsertResult<E> inserted(E event) {
    return new InsertResult<>(event, false);
  }

  public static <E extends StoredEvent> InsertResult<E> duplicateOf(E existing) {
    return new InsertResult<>(existing, true);
  }
}
