package dev.omnibox.inbox;

import dev.omnibox.spi.DeadLetter;
import dev.omnibox.spi.DeadLetterQuery;
import dev.omnibox.spi.DeadLetterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Keeps added dead letters in a list; fails on request. */
final class RecordingDeadLetterStore implements DeadLetterStore {

  final List<DeadLetter> added = new ArrayList<>();
  RuntimeException failure;

  @Override
  public void add(DeadLetter deadLetter) {
    if (failure != null) {
      throw failure;
    }
    added.add(deadLetter);
  }

  @Override
  public Optional<DeadLetter> find(UUID id) {
    return added.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  @Override
  public List<DeadLetter> findRecent(int limit) {
    return added.stream().limit(limit).toList();
  }

  @Override
  public List<DeadLetter> findMatching(DeadLetterQuery query) {
    throw new UnsupportedOperationException("the inbox tests never query dead letters");
  }

  @Override
  public boolean remove(UUID id) {
    return added.removeIf(d -> d.id().equals(id));
  }
}
