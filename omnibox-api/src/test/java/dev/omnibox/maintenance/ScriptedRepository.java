package dev.omnibox.maintenance;

import dev.omnibox.model.OutboxEvent;
import dev.omnibox.spi.ClaimRequest;
import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.FailureUpdate;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.RepositoryCapabilities;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A repository whose maintenance calls return scripted row counts and record their arguments. Once
 * a script is used up, each call returns 0. Every other method fails the test.
 */
final class ScriptedRepository implements EventRepository<OutboxEvent> {

  final Deque<Object> releaseScript = new ArrayDeque<>();
  final Deque<Object> deleteScript = new ArrayDeque<>();
  final List<Duration> releaseTtls = new ArrayList<>();
  final List<Integer> releaseBatchSizes = new ArrayList<>();
  final List<Instant> deleteCutoffs = new ArrayList<>();
  final List<Integer> deleteBatchSizes = new ArrayList<>();

  /** Queues results of releaseStaleLocks: an Integer is returned, a RuntimeException thrown. */
  ScriptedRepository releases(Object... results) {
    releaseScript.addAll(List.of(results));
    return this;
  }

  /** Queues results of deleteCompletedBefore: an Integer is returned, a RuntimeException thrown. */
  ScriptedRepository deletes(Object... results) {
    deleteScript.addAll(List.of(results));
    return this;
  }

  @Override
  public int releaseStaleLocks(Duration leaseTtl, int batchSize) {
    releaseTtls.add(leaseTtl);
    releaseBatchSizes.add(batchSize);
    return next(releaseScript);
  }

  @Override
  public int deleteCompletedBefore(Instant cutoff, int batchSize) {
    deleteCutoffs.add(cutoff);
    deleteBatchSizes.add(batchSize);
    return next(deleteScript);
  }

  private static int next(Deque<Object> script) {
    Object result = script.poll();
    if (result == null) {
      return 0;
    }
    if (result instanceof RuntimeException failure) {
      throw failure;
    }
    return (Integer) result;
  }

  @Override
  public RepositoryCapabilities capabilities() {
    throw unexpected();
  }

  @Override
  public boolean exists(UUID id) {
    throw unexpected();
  }

  @Override
  public Optional<OutboxEvent> findById(UUID id) {
    throw unexpected();
  }

  @Override
  public List<OutboxEvent> claimPending(ClaimRequest request) {
    throw unexpected();
  }

  @Override
  public List<OutboxEvent> findClaimable(FetchFilters filters, Duration leaseTtl, int limit) {
    throw unexpected();
  }

  @Override
  public Optional<OutboxEvent> tryClaim(UUID id, String workerId, Duration leaseTtl) {
    throw unexpected();
  }

  @Override
  public int markCompleted(String workerId, Collection<UUID> ids) {
    throw unexpected();
  }

  @Override
  public int markFailed(String workerId, Collection<FailureUpdate> failures) {
    throw unexpected();
  }

  @Override
  public int releaseLeases(String workerId, Collection<UUID> ids) {
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

  private static UnsupportedOperationException unexpected() {
    return new UnsupportedOperationException("maintenance must not call this method");
  }
}
