package dev.omnibox.batch.job;

import dev.omnibox.model.StoredEvent;
import dev.omnibox.spi.ClaimRequest;
import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.FailureUpdate;
import jakarta.batch.runtime.context.StepContext;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

/**
 * What the reader, processor, writer and checkpoint algorithm of one partition share: the claim
 * settings, the events claimed but not yet read, the events read in the open chunk, and the
 * failures of poisoned events still to record. Kept as the step context's transient user data, so
 * it survives the reader being closed and reopened when a chunk is retried; the batch runtime calls
 * the artifacts of one partition from one thread at a time.
 */
final class ClaimState<E extends StoredEvent> {

  private final EventRepository<E> repository;
  private final ClaimRequest request;
  private final Duration pollInterval;
  private final boolean continuous;
  private final String consumerGroup;
  private final Deque<E> buffer = new ArrayDeque<>();
  private final List<E> inChunk = new ArrayList<>();
  private final List<FailureUpdate> poisoned = new ArrayList<>();
  private boolean lastClaimEmpty;

  ClaimState(
      EventRepository<E> repository,
      ClaimRequest request,
      Duration pollInterval,
      boolean continuous,
      String consumerGroup) {
    this.repository = Objects.requireNonNull(repository, "repository must not be null");
    this.request = Objects.requireNonNull(request, "request must not be null");
    this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval must not be null");
    this.continuous = continuous;
    this.consumerGroup = consumerGroup;
  }

  /**
   * Returns the state of the step or partition that {@code context} belongs to.
   *
   * @throws IllegalStateException when the reader has not opened yet
   */
  @SuppressWarnings("unchecked")
  static <E extends StoredEvent> ClaimState<E> of(StepContext context) {
    Object data = context.getTransientUserData();
    if (data instanceof ClaimState<?> state) {
      return (ClaimState<E>) state;
    }
    throw new IllegalStateException(
        "Step "
            + context.getStepName()
            + " has no claim state; its reader must be an omnibox claiming reader, which opens"
            + " before the other artifacts run");
  }

  /** Returns the state of this partition if the reader opened before, or null. */
  @SuppressWarnings("unchecked")
  static <E extends StoredEvent> ClaimState<E> existing(StepContext context) {
    return context.getTransientUserData() instanceof ClaimState<?> state
        ? (ClaimState<E>) state
        : null;
  }

  EventRepository<E> repository() {
    return repository;
  }

  ClaimRequest request() {
    return request;
  }

  String workerId() {
    return request.workerId();
  }

  Duration pollInterval() {
    return pollInterval;
  }

  boolean continuous() {
    return continuous;
  }

  /** Returns the consumer group of a dispatch job, or null for the relay. */
  String consumerGroup() {
    return consumerGroup;
  }

  /** Adds the events of a claim, in claim order. */
  void claimed(List<E> events) {
    buffer.addAll(events);
    lastClaimEmpty = events.isEmpty();
  }

  boolean lastClaimEmpty() {
    return lastClaimEmpty;
  }

  /** Takes the next claimed event and remembers it as part of the open chunk. */
  E next() {
    E event = buffer.poll();
    if (event != null) {
      inChunk.add(event);
    }
    return event;
  }

  /** Returns whether every claimed event was read, which ends the chunk. */
  boolean allClaimedRead() {
    return buffer.isEmpty();
  }

  /** Forgets the events of the chunk that just committed. */
  void chunkCommitted() {
    inChunk.clear();
  }

  /** Returns the events claimed but not read, and those read in a chunk that did not commit. */
  List<E> takeUnfinished() {
    List<E> unfinished = new ArrayList<>(inChunk);
    unfinished.addAll(buffer);
    inChunk.clear();
    buffer.clear();
    return unfinished;
  }

  /** Returns the events claimed but not read, and clears them. */
  List<E> takeUnread() {
    List<E> unread = new ArrayList<>(buffer);
    buffer.clear();
    return unread;
  }

  /** Remembers the failure of an event that poisoned the chunk, to record after the rollback. */
  void poisoned(FailureUpdate failure) {
    poisoned.add(failure);
  }

  /** Returns the failures still to record, and clears them. */
  List<FailureUpdate> takePoisoned() {
    List<FailureUpdate> pending = List.copyOf(poisoned);
    poisoned.clear();
    return pending;
  }

  boolean hasPoisoned() {
    return !poisoned.isEmpty();
  }
}
