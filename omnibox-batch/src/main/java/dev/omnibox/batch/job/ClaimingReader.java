package dev.omnibox.batch.job;

import static dev.omnibox.batch.job.JobLogger.LOG;

import dev.omnibox.batch.OmniboxJobs;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.pipeline.EventProcessorBuilder;
import dev.omnibox.spi.ClaimRequest;
import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.KeyPartition;
import dev.omnibox.spi.RepositoryCapabilities;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Claims due events and hands them out one by one. Each claim takes up to {@value
 * OmniboxJobs#ITEM_COUNT} events, and the chunk ends when all of them were read (see {@link
 * ClaimCheckpointAlgorithm}), so one chunk is one claim and one transaction.
 *
 * <p>When a claim finds nothing, a continuous reader returns an {@link IdleItem}, which ends the
 * chunk, and waits one poll interval before it claims again. It waits at the start of the next
 * chunk, before any statement runs, so no database connection is held while it waits, and it stops
 * waiting as soon as the job is stopped. A reader that is not continuous ends the step instead.
 *
 * <p>The checkpoint is empty: the lease in the database records which events are taken, so a
 * restart simply claims again. When the step ends, the reader releases the leases of events it
 * claimed but did not hand out, so a stop neither loses nor delays them.
 */
public abstract class ClaimingReader<E extends StoredEvent> extends AbstractItemReader {

  /** How often a waiting reader checks whether the job was stopped. */
  private static final Duration STOP_CHECK = Duration.ofMillis(50);

  @Inject JobContext jobContext;
  @Inject StepContext stepContext;
  @Inject JobResources resources;

  @Inject
  @BatchProperty(name = OmniboxJobs.ITEM_COUNT)
  String itemCount;

  @Inject
  @BatchProperty(name = OmniboxJobs.LEASE_TTL)
  String leaseTtl;

  @Inject
  @BatchProperty(name = OmniboxJobs.POLL_INTERVAL)
  String pollInterval;

  @Inject
  @BatchProperty(name = OmniboxJobs.CONTINUOUS)
  String continuous;

  @Inject
  @BatchProperty(name = OmniboxJobs.PER_KEY_ORDERING)
  String perKeyOrdering;

  @Inject
  @BatchProperty(name = OmniboxJobs.FAILED_BLOCKS_KEY)
  String failedBlocksKey;

  @Inject
  @BatchProperty(name = OmniboxJobs.WORKER_NAME)
  String workerName;

  @Inject
  @BatchProperty(name = KeyPartitionMapper.PARTITION_INDEX)
  String partitionIndex;

  @Inject
  @BatchProperty(name = OmniboxJobs.PARTITION_COUNT)
  String partitionCount;

  private ClaimState<E> state;
  private StopRequests stopRequests;

  /** Returns the real repository to claim from. */
  abstract EventRepository<E> repository();

  /** Returns the topic, source or group filters of this job. */
  abstract FetchFilters scopeFilters();

  /** Returns the consumer group of a dispatch job, or null. */
  abstract String consumerGroup();

  /**
   * Returns whether a FAILED event blocks the later events of its key when the job parameter
   * {@value OmniboxJobs#FAILED_BLOCKS_KEY} is unset and the claim is ordered.
   */
  abstract boolean defaultFailedBlocksKey();

  /**
   * Returns the job parameter {@value OmniboxJobs#FAILED_BLOCKS_KEY}, or when it is unset, {@link
   * #defaultFailedBlocksKey()} for an ordered claim and false for an unordered one.
   */
  final boolean failedBlocksKey(boolean ordered) {
    return Parameters.booleanValue(
        OmniboxJobs.FAILED_BLOCKS_KEY, failedBlocksKey, ordered && defaultFailedBlocksKey());
  }

  @Override
  public void open(Serializable checkpoint) {
    stopRequests = new StopRequests(jobContext);
    ClaimState<E> existing = ClaimState.existing(stepContext);
    if (existing != null) {
      // Reopened after a chunk rolled back: record what poisoned it and free what it held.
      state = existing;
      LeaseRecovery.afterRollback(state);
      return;
    }
    state = newState();
    stepContext.setTransientUserData(state);
    ClaimRequest request = state.request();
    KeyPartition share = request.filters().keyPartition();
    LOG.workerStarted(
        request.workerId(),
        jobContext.getJobName(),
        request.batchSize(),
        request.leaseTtl(),
        state.pollInterval(),
        share == null ? 0 : share.index(),
        share == null ? 1 : share.count(),
        request.perKeyOrdering());
  }

  @Override
  public Object readItem() {
    if (!state.allClaimedRead()) {
      return state.next();
    }
    if (state.hasPoisoned()) {
      // A runtime that retries without reopening the reader arrives here instead of open().
      LeaseRecovery.afterRollback(state);
    }
    if (state.lastClaimEmpty()) {
      waitForPoll();
      if (isStopRequested()) {
        return IdleItem.INSTANCE;
      }
    }
    state.claimed(claim());
    if (!state.allClaimedRead()) {
      return state.next();
    }
    return state.continuous() ? IdleItem.INSTANCE : null;
  }

  @Override
  public void close() {
    if (state == null || state.hasPoisoned()) {
      // Closed before a reopen that records the poisoned events; nothing to release yet.
      return;
    }
    List<E> unread = state.takeUnread();
    if (stepContext.getBatchStatus() == BatchStatus.FAILED) {
      // The failed chunk's transaction is rolled back after close, so nothing written here lasts.
      if (!unread.isEmpty()) {
        List<UUID> ids = unread.stream().map(StoredEvent::id).toList();
        LOG.leasesLeftAfterFailure(state.workerId(), ids.size(), ids);
      }
      return;
    }
    LeaseRecovery.release(state, unread, "its step ended");
  }

  private List<E> claim() {
    EventRepository<E> repository = state.repository();
    ClaimRequest request = state.request();
    if (repository.capabilities().skipLocked()) {
      return repository.claimPending(request);
    }
    List<E> claimed = new ArrayList<>();
    for (E candidate :
        repository.findClaimable(request.filters(), request.leaseTtl(), request.batchSize())) {
      repository
          .tryClaim(candidate.id(), request.workerId(), request.leaseTtl())
          .ifPresent(claimed::add);
    }
    return claimed;
  }

  private void waitForPoll() {
    long deadline = System.nanoTime() + state.pollInterval().toNanos();
    long remaining = deadline - System.nanoTime();
    while (remaining > 0 && !isStopRequested()) {
      try {
        Thread.sleep(Math.min(remaining, STOP_CHECK.toNanos()) / 1_000_000L + 1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      remaining = deadline - System.nanoTime();
    }
  }

  private boolean isStopRequested() {
    return stopRequests.isStopRequested();
  }

  private ClaimState<E> newState() {
    EventRepository<E> repository = repository();
    RepositoryCapabilities capabilities = repository.capabilities();
    boolean ordered =
        Parameters.booleanValue(
            OmniboxJobs.PER_KEY_ORDERING, perKeyOrdering, capabilities.perKeyOrdering());
    boolean failedBlocks = failedBlocksKey(ordered);
    requireOrderingSupport(ordered, failedBlocks, capabilities, repository);

    ClaimRequest request =
        new ClaimRequest(
            workerId(),
            Parameters.positiveInt(OmniboxJobs.ITEM_COUNT, itemCount, 100),
            Parameters.positiveDuration(
                OmniboxJobs.LEASE_TTL, leaseTtl, EventProcessorBuilder.DEFAULT_LEASE_TTL),
            scopeFilters().withKeyPartition(keyPartition()),
            ordered,
            failedBlocks);
    return new ClaimState<>(
        repository,
        request,
        Parameters.positiveDuration(OmniboxJobs.POLL_INTERVAL, pollInterval, Duration.ofSeconds(1)),
        Parameters.booleanValue(OmniboxJobs.CONTINUOUS, continuous, true),
        consumerGroup());
  }

  private KeyPartition keyPartition() {
    int count = Parameters.positiveInt(OmniboxJobs.PARTITION_COUNT, partitionCount, 1);
    int index = Parameters.intValue(KeyPartitionMapper.PARTITION_INDEX, partitionIndex, 0);
    return count == 1 ? null : new KeyPartition(index, count);
  }

  private String workerId() {
    String node = Parameters.text(workerName, defaultWorkerName());
    String partition = Parameters.text(partitionIndex, "0");
    return node
        + "/"
        + jobContext.getJobName()
        + "/"
        + jobContext.getExecutionId()
        + "/"
        + partition;
  }

  private static String defaultWorkerName() {
    String node = System.getProperty("jboss.node.name");
    if (node == null || node.isBlank()) {
      node = System.getenv("HOSTNAME");
    }
    return node == null || node.isBlank() ? "omnibox" : node;
  }

  private static void requireOrderingSupport(
      boolean ordered,
      boolean failedBlocks,
      RepositoryCapabilities capabilities,
      EventRepository<?> repository) {
    if (failedBlocks && !ordered) {
      throw new IllegalArgumentException(
          "Job parameter "
              + OmniboxJobs.FAILED_BLOCKS_KEY
              + "=true needs "
              + OmniboxJobs.PER_KEY_ORDERING
              + "=true");
    }
    if (ordered && !(capabilities.perKeyOrdering() && capabilities.skipLocked())) {
      throw new IllegalArgumentException(
          "Job parameter "
              + OmniboxJobs.PER_KEY_ORDERING
              + "=true needs a repository with per-key ordering and skip-locked claims, but "
              + repository.getClass().getName()
              + " lacks one of them; set it to false");
    }
  }
}
