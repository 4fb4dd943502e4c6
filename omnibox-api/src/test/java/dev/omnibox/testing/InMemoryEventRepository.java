package dev.omnibox.testing;

import dev.omnibox.model.EventStatus;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.model.StoredEventBuilder;
import dev.omnibox.spi.ClaimRequest;
import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.FailureUpdate;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.RepositoryCapabilities;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A test fixture for the pipeline tests: an event repository held in a map, with the claim and
 * write semantics of the SPI. It is not a storage option: it keeps nothing across restarts and
 * takes one lock for every call. Tests make writes fail with {@link #failWritesFor} and read the
 * calls made from {@link #writeCalls()}.
 *
 * @param <E> the event type
 */
public abstract class InMemoryEventRepository<E extends StoredEvent> implements EventRepository<E> {

  /**
   * Capabilities of a database with {@code SKIP LOCKED}, per-key ordering and a unique inbox key.
   */
  public static final RepositoryCapabilities LOCKING =
      new RepositoryCapabilities(true, true, true, true, true, false);

  /** Capabilities of a storage without row locks, so only the optimistic fetch works. */
  public static final RepositoryCapabilities NO_LOCKING =
      new RepositoryCapabilities(false, false, false, false, false, false);

  private final Map<UUID, E> events = new LinkedHashMap<>();
  private final List<String> writeCalls = new ArrayList<>();
  private final Clock clock;
  private final RepositoryCapabilities capabilities;
  private Predicate<UUID> failingIds = id -> false;
  private Consumer<UUID> beforeTryClaim = id -> {};
  private RuntimeException writeFailure;

  protected InMemoryEventRepository(Clock clock, RepositoryCapabilities capabilities) {
    this.clock = clock;
    this.capabilities = capabilities;
  }

  /** Returns the partition key that orders the event, or null when it has none. */
  protected abstract String keyOf(E event);

  /** Returns whether the event passes the filters' topic, source and group restrictions. */
  protected abstract boolean matchesScope(E event, FetchFilters filters);

  /** Stores an event as it is, replacing one with the same id. */
  public synchronized E put(E event) {
    events.put(event.id(), event);
    return event;
  }

  /** Removes an event, as a rollback of the transaction that inserted it would. */
  public synchronized void remove(UUID id) {
    events.remove(id);
  }

  /** Makes every later write that includes a matching id throw {@code failure}. */
  public synchronized void failWritesFor(Predicate<UUID> ids, RuntimeException failure) {
    this.failingIds = ids;
    this.writeFailure = failure;
  }

  /** Runs {@code hook} at the start of each {@code tryClaim}, for example to lose a race. */
  public synchronized void beforeTryClaim(Consumer<UUID> hook) {
    this.beforeTryClaim = hook;
  }

  /** Returns the writes made, as "markCompleted [ids]" and "markFailed [ids]", in call order. */
  public synchronized List<String> writeCalls() {
    return List.copyOf(writeCalls);
  }

  public synchronized List<E> all() {
    return List.copyOf(events.values());
  }

  /** Returns the stored event; fails the test when there is none. */
  public synchronized E get(UUID id) {
    E event = events.get(id);
    if (event == null) {
      throw new AssertionError("no event " + id + " in the in-memory repository");
    }
    return event;
  }

  @Override
  public RepositoryCapabilities capabilities() {
    return capabilities;
  }

  @Override
  public synchronized boolean exists(UUID id) {
    return events.containsKey(id);
  }

  @Override
  public synchronized Optional<E> findById(UUID id) {
    return Optional.ofNullable(events.get(id));
  }

  @Override
  public synchronized List<E> claimPending(ClaimRequest request) {
    if (!capabilities.skipLocked()) {
      throw new IllegalStateException("claimPending needs skipLocked, which this fixture lacks");
    }
    Instant now = clock.instant();
    Set<String> blockedKeys = new HashSet<>();
    List<E> claimed = new ArrayList<>();
    for (E event : ordered()) {
      if (claimed.size() == request.batchSize()) {
        break;
      }
      String key = request.perKeyOrdering() ? keyOf(event) : null;
      if (key != null && blockedKeys.contains(key)) {
        continue;
      }
      boolean take = matches(event, request.filters()) && claimable(event, request.leaseTtl(), now);
      if (take) {
        claimed.add(lock(event, request.workerId(), now));
      }
      if (key != null && (take || blocksKey(event, request.failedBlocksKey()))) {
        blockedKeys.add(key);
      }
    }
    return claimed;
  }

  @Override
  public synchronized List<E> findClaimable(FetchFilters filters, Duration leaseTtl, int limit) {
    Instant now = clock.instant();
    return ordered().stream()
        .filter(event -> matches(event, filters) && claimable(event, leaseTtl, now))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized Optional<E> tryClaim(UUID id, String workerId, Duration leaseTtl) {
    beforeTryClaim.accept(id);
    E event = events.get(id);
    Instant now = clock.instant();
    if (event == null || !claimable(event, leaseTtl, now)) {
      return Optional.empty();
    }
    return Optional.of(lock(event, workerId, now));
  }

  @Override
  public synchronized int markCompleted(String workerId, Collection<UUID> ids) {
    recordWrite("markCompleted", ids);
    int changed = 0;
    for (UUID id : ids) {
      E event = events.get(id);
      if (isLeasedBy(event, workerId)) {
        put(completed(event));
        changed++;
      }
    }
    return changed;
  }

  @Override
  public synchronized int releaseLeases(String workerId, Collection<UUID> ids) {
    recordWrite("releaseLeases", ids);
    int changed = 0;
    for (UUID id : ids) {
      E event = events.get(id);
      if (isLeasedBy(event, workerId)) {
        put(change(event).lockedBy(null).lockedAt(null).build());
        changed++;
      }
    }
    return changed;
  }

  @Override
  public synchronized int markFailed(String workerId, Collection<FailureUpdate> failures) {
    recordWrite("markFailed", failures.stream().map(FailureUpdate::id).toList());
    int changed = 0;
    for (FailureUpdate failure : failures) {
      E event = events.get(failure.id());
      if (isLeasedBy(event, workerId)) {
        put(failed(event, failure));
        changed++;
      }
    }
    return changed;
  }

  @Override
  public synchronized int releaseStaleLocks(Duration leaseTtl, int batchSize) {
    Instant now = clock.instant();
    List<E> stale =
        events.values().stream()
            .filter(e -> e.isLocked() && !e.lockedAt().plus(leaseTtl).isAfter(now))
            .limit(batchSize)
            .toList();
    stale.forEach(event -> put(change(event).lockedBy(null).lockedAt(null).build()));
    return stale.size();
  }

  @Override
  public synchronized int deleteCompletedBefore(Instant cutoff, int batchSize) {
    List<UUID> old =
        events.values().stream()
            .filter(e -> e.status() == EventStatus.COMPLETED && e.completedAt().isBefore(cutoff))
            .map(StoredEvent::id)
            .limit(batchSize)
            .toList();
    old.forEach(events::remove);
    return old.size();
  }

  @Override
  public synchronized int requeueFailed(Collection<UUID> ids) {
    int changed = 0;
    for (UUID id : ids) {
      E event = events.get(id);
      if (event != null && event.status() == EventStatus.FAILED) {
        put(change(event).status(EventStatus.PENDING).attemptsMade(0).scheduledAt(now()).build());
        changed++;
      }
    }
    return changed;
  }

  @Override
  public synchronized boolean forceUnlock(UUID id, String reason) {
    E event = events.get(id);
    if (event == null || !event.isLocked()) {
      return false;
    }
    put(change(event).lockedBy(null).lockedAt(null).lastError(reason).build());
    return true;
  }

  @Override
  public synchronized int moveToDeadLetters(Collection<UUID> ids, String reason) {
    List<UUID> failed =
        ids.stream()
            .filter(id -> events.containsKey(id) && get(id).status() == EventStatus.FAILED)
            .toList();
    failed.forEach(events::remove);
    return failed.size();
  }

  /** Returns a builder that starts from {@code event} with an updated time of now. */
  @SuppressWarnings("unchecked")
  protected StoredEventBuilder<E, ?> change(E event) {
    return ((StoredEventBuilder<E, ?>) event.toBuilder()).updatedAt(now());
  }

  protected Instant now() {
    return clock.instant();
  }

  private List<E> ordered() {
    List<E> all = new ArrayList<>(events.values());
    all.sort((a, b) -> a.createdAt().compareTo(b.createdAt()));
    return all;
  }

  private boolean matches(E event, FetchFilters filters) {
    if (filters.keyPartition() != null) {
      String key = keyOf(event);
      int share = key == null ? 0 : Math.floorMod(key.hashCode(), filters.keyPartition().count());
      if (share != filters.keyPartition().index()) {
        return false;
      }
    }
    return matchesScope(event, filters);
  }

  private static boolean claimable(StoredEvent event, Duration leaseTtl, Instant now) {
    boolean due = event.status() == EventStatus.PENDING && !event.scheduledAt().isAfter(now);
    boolean free = !event.isLocked() || !event.lockedAt().plus(leaseTtl).isAfter(now);
    return due && free;
  }

  private static boolean blocksKey(StoredEvent event, boolean failedBlocksKey) {
    return event.status() == EventStatus.PENDING
        || (failedBlocksKey && event.status() == EventStatus.FAILED);
  }

  private static boolean isLeasedBy(StoredEvent event, String workerId) {
    return event != null
        && event.status() == EventStatus.PENDING
        && workerId.equals(event.lockedBy());
  }

  private E lock(E event, String workerId, Instant now) {
    return put(change(event).lockedBy(workerId).lockedAt(now).build());
  }

  private E completed(E event) {
    return change(event)
        .status(EventStatus.COMPLETED)
        .attemptsMade(event.attemptsMade() + 1)
        .completedAt(now())
        .lockedBy(null)
        .lockedAt(null)
        .build();
  }

  private E failed(E event, FailureUpdate failure) {
    StoredEventBuilder<E, ?> builder =
        change(event).lastError(failure.error()).lockedBy(null).lockedAt(null);
    switch (failure.kind()) {
      case NOT_COUNTED -> builder.scheduledAt(failure.nextAttemptAt());
      case FINAL -> builder.status(EventStatus.FAILED).attemptsMade(event.maxAttempts());
      case COUNTED -> {
        int attemptsMade = event.attemptsMade() + 1;
        builder.attemptsMade(attemptsMade);
        if (attemptsMade >= event.maxAttempts()) {
          builder.status(EventStatus.FAILED);
        } else if (failure.nextAttemptAt() != null) {
          builder.scheduledAt(failure.nextAttemptAt());
        }
      }
    }
    return builder.build();
  }

  private void recordWrite(String method, Collection<UUID> ids) {
    writeCalls.add(method + " " + ids);
    if (writeFailure != null && ids.stream().anyMatch(failingIds)) {
      throw writeFailure;
    }
  }
}
