package dev.omnibox.spi;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps dead letters.
 *
 * @since 0.1
 */
public interface DeadLetterStore {

  /**
   * Stores a dead letter in the caller's transaction, so it commits together with the FAILED status
   * of its event.
   */
  void add(DeadLetter deadLetter);

  /** Returns the dead letter with this id, or empty. */
  Optional<DeadLetter> find(UUID id);

  /** Returns the newest dead letters first, at most {@code limit}. */
  List<DeadLetter> findRecent(int limit);

  /**
   * Returns the dead letters that match every filter of the query, newest first, at most {@code
   * query.limit()}. Filter values are bound as statement parameters.
   */
  List<DeadLetter> findMatching(DeadLetterQuery query);

  /**
   * Removes a dead letter, for example after it was replayed.
   *
   * @return whether it existed
   */
  boolean remove(UUID id);
}
