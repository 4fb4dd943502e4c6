package dev.omnibox.testing;

import dev.omnibox.spi.DeadLetter;
import dev.omnibox.spi.DeadLetterQuery;
import dev.omnibox.spi.DeadLetterStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A test fake of {@link DeadLetterStore} held in a list; {@link #failWith} makes adds fail. */
public final class InMemoryDeadLetterStore implements DeadLetterStore {

  private final List<DeadLetter> deadLetters = new ArrayList<>();
  private RuntimeException addFailure;

  public synchronized void failWith(RuntimeException failure) {
    this.addFailure = failure;
  }

  public synchronized List<DeadLetter> all() {
    return List.copyOf(deadLetters);
  }

  @Override
  public synchronized void add(DeadLetter deadLetter) {
    if (addFailure != null) {
      throw addFailure;
    }
    deadLetters.add(deadLetter);
  }

  @Override
  public synchronized Optional<DeadLetter> find(UUID id) {
    return deadLetters.stream().filter(letter -> letter.id().equals(id)).findFirst();
  }

  @Override
  public synchronized List<DeadLetter> findRecent(int limit) {
    List<DeadLetter> newestFirst = new ArrayList<>(deadLetters);
    newestFirst.sort((a, b) -> b.deadLetteredAt().compareTo(a.deadLetteredAt()));
    return newestFirst.stream().limit(limit).toList();
  }

  @Override
  public synchronized List<DeadLetter> findMatching(DeadLetterQuery query) {
    return findRecent(Integer.MAX_VALUE).stream()
        .filter(letter -> query.kind() == null || query.kind() == letter.kind())
        .filter(letter -> query.scope() == null || query.scope().equals(letter.scope()))
        .filter(letter -> query.eventType() == null || query.eventType().equals(letter.eventType()))
        .limit(query.limit())
        .toList();
  }

  @Override
  public synchronized boolean remove(UUID id) {
    return deadLetters.removeIf(letter -> letter.id().equals(id));
  }
}
