package dev.omnibox.inbox;

import dev.omnibox.model.InboxEvent;
import dev.omnibox.spi.ClaimRequest;
import dev.omnibox.spi.FailureUpdate;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.InsertResult;
import dev.omnibox.spi.RepositoryCapabilities;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An inbox repository for consume tests: keeps inserted rows by (message id, consumer group),
 * writes each call to a shared journal, and fails on request. Methods that the consume service does
 * not call fail the test.
 */
final class FakeInboxRepository implements InboxRepository {

  final List<String> journal;
  final Map<String, InboxEvent> rows = new LinkedHashMap<>();
  final List<UUID> completed = new ArrayList<>();
  final List<FailureUpdate> failures = new ArrayList<>();
  private final Clock clock;

  RuntimeException insertFailure;
  RuntimeException markFailure;
  boolean uniqueKey = true;
  boolean completedSibling;
  boolean claimLost;

  FakeInboxRepository(List<String> journal, Clock clock) {
    this.journal = journal;
    this.clock = clock;
  }

  /** Stores a row as if an earlier delivery had inserted it. */
  void preload(InboxEvent event) {
    rows.put(key(event), event);
  }

  InboxEvent onlyRow() {
    if (rows.size() != 1) {
      throw new AssertionError("expected one row, but found " + rows.size());
    }
    return rows.values().iterator().next();
  }

  @Override
  public InsertResult<InboxEvent> insert(InboxEvent event) {
    journal.add("insert");
    if (insertFailure != null) {
      throw insertFailure;
    }
    InboxEvent existing = rows.get(key(event));
    if (existing != null) {
      return InsertResult.duplicateOf(existing);
    }
    rows.put(key(event), event);
    return InsertResult.inserted(event);
  }

  @Override
  public Optional<InboxEvent> tryClaim(UUID id, String workerId, Duration leaseTtl) {
    journal.add("claim");
    if (claimLost) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return findById(id)
        .map(e -> e.toBuilder().lockedBy(workerId).lockedAt(now).updatedAt(now).build());
  }

  @Override
  public int releaseLeases(String workerId, Collection<UUID> ids) {
    journal.add("releaseLeases");
    return ids.size();
  }

  @Override
  public int markCompleted(String workerId, Collection<UUID> ids) {
    journal.add("markCompleted");
    if (markFailure != null) {
      throw markFailure;
    }
    completed.addAll(ids);
    return ids.size();
  }

  @Override
  public int markFailed(String workerId, Collection<FailureUpdate> updates) {
    journal.add("markFailed");
    if (markFailure != null) {
      throw markFailure;
    }
    failures.addAll(updates);
    return updates.size();
  }

  @Override
  public RepositoryCapabilities capabilities() {
    return new RepositoryCapabilities(true, true, true, true, uniqueKey, false);
  }

  @Override
  public boolean hasCompletedSibling(InboxEvent event) {
    journal.add("hasCompletedSibling");
    return completedSibling;
  }

  @Override
  public Optional<InboxEvent> findById(UUID id) {
    return rows.values().stream().filter(e -> e.id().equals(id)).findFirst();
  }

  @Override
  public Optional<InboxEvent> findByMessageId(String messageId, String consumerGroup) {
    return Optional.ofNullable(rows.get(messageId + "|" + consumerGroup));
  }

  @Override
  public boolean exists(UUID id) {
    return findById(id).isPresent();
  }

  @Override
  public List<InboxEvent> claimPending(ClaimRequest request) {
    throw unexpected();
  }

  @Override
  public List<InboxEvent> findClaimable(FetchFilters filters, Duration leaseTtl, int limit) {
    throw unexpected();
  }

  @Override
  public int releaseStaleLocks(Duration leaseTtl, int batchSize) {
    throw unexpected();
  }

  @Override
  public int deleteCompletedBefore(Instant cutoff, int batchSize) {
    throw unexpected();
  }

  @Override
  public int requeueFailed(Collection<UUID> ids) {
    throw unexpected();
  }

  @Override
  public boolean forceUnlock(UUID id, String reason) {
    throw unexpected();
  }

  @Override
  public int moveToDeadLetters(Collection<UUID> ids, String reason) {
    throw unexpected();
  }

  private static String key(InboxEvent event) {
    return event.messageId() + "|" + event.consumerGroup();
  }

  private static UnsupportedOperationException unexpected() {
    return new UnsupportedOperationException("the consume service must not call this method");
  }
}
