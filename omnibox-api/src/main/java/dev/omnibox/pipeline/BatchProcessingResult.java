package dev.omnibox.pipeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The outcome of one batch. Every claimed event appears in exactly one of the id lists, and the
 * commit fields report whether those outcomes were written.
 *
 * @since 0.1
 */
public final class BatchProcessingResult {

  private static final BatchProcessingResult EMPTY =
      new BatchProcessingResult(new EnumMap<>(Outcome.class), new CommitReport());

  private final Map<Outcome, List<UUID>> idsByOutcome;
  private final List<UUID> commitFailedIds;
  private final Exception commitError;
  private final int lostLeases;

  private BatchProcessingResult(Map<Outcome, List<UUID>> idsByOutcome, CommitReport commit) {
    this.idsByOutcome = idsByOutcome;
    this.commitFailedIds = commit.failedIds();
    this.commitError = commit.firstError();
    this.lostLeases = commit.lostLeases();
  }

  static BatchProcessingResult empty() {
    return EMPTY;
  }

  static BatchProcessingResult of(List<Decision> decisions, CommitReport commit) {
    Map<Outcome, List<UUID>> ids = new EnumMap<>(Outcome.class);
    for (Decision decision : decisions) {
      ids.computeIfAbsent(decision.outcome(), outcome -> new ArrayList<>()).add(decision.id());
    }
    ids.replaceAll((outcome, list) -> List.copyOf(list));
    return new BatchProcessingResult(ids, commit);
  }

  /** Events whose handler (or publish) succeeded. */
  public List<UUID> completedIds() {
    return ids(Outcome.COMPLETED);
  }

  /**
   * Events skipped: no handler, a completed duplicate, or the handler's choice. Stored COMPLETED.
   */
  public List<UUID> skippedIds() {
    return ids(Outcome.SKIPPED);
  }

  /** Events the handler reported as stale. Stored COMPLETED. */
  public List<UUID> staleIds() {
    return ids(Outcome.STALE);
  }

  /** Events that failed, used up an attempt, and have attempts left. */
  public List<UUID> failedCountedIds() {
    return ids(Outcome.RETRY_COUNTED);
  }

  /** Events that failed with a transient error; their attempts made are unchanged. */
  public List<UUID> failedNotCountedIds() {
    return ids(Outcome.RETRY_NOT_COUNTED);
  }

  /**
   * Events that became FAILED: a FAILED result, or a counted failure of the last attempt. A
   * processor with the dead letter step stored a dead letter for each.
   */
  public List<UUID> terminalFailedIds() {
    return ids(Outcome.TERMINAL_FAILED);
  }

  /** Events claimed but not processed because shutdown was requested; their lease was released. */
  public List<UUID> unprocessedIds() {
    return ids(Outcome.UNPROCESSED);
  }

  /** Returns whether writing any outcome failed. */
  public boolean commitFailed() {
    return commitError != null;
  }

  /** The first error of a failed write; later ones are attached as suppressed exceptions. */
  public Optional<Exception> commitError() {
    return Optional.ofNullable(commitError);
  }

  /** Events whose outcome could not be written; they are processed again once the lease expires. */
  public List<UUID> commitFailedIds() {
    return commitFailedIds;
  }

  /** Rows the repository did not change because the worker no longer held their lease. */
  public int lostLeases() {
    return lostLeases;
  }

  /** Returns the number of events claimed, processed or not. */
  public int claimedCount() {
    return idsByOutcome.values().stream().mapToInt(List::size).sum();
  }

  public int completedCount() {
    return completedIds().size();
  }

  public int skippedCount() {
    return skippedIds().size();
  }

  public int staleCount() {
    return staleIds().size();
  }

  public int failedCount() {
    return failedCountedIds().size() + failedNotCountedIds().size() + terminalFailedIds().size();
  }

  public int unprocessedCount() {
    return unprocessedIds().size();
  }

  /** Returns whether the batch claimed no event. */
  public boolean isEmpty() {
    return claimedCount() == 0;
  }

  private List<UUID> ids(Outcome outcome) {
    return idsByOutcome.getOrDefault(outcome, List.of());
  }

  @Override
  public String toString() {
    return "BatchProcessingResult{claimed="
        + claimedCount()
        + ", ids="
        + idsByOutcome
        + ", commitFailedIds="
        + commitFailedIds
        + ", lostLeases="
        + lostLeases
        + "}";
  }
}
