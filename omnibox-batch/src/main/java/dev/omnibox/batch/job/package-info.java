/**
 * The batch artifacts of the omnibox jobs, as CDI beans that the job XML names. Not a stable API:
 * the job XML and {@link dev.omnibox.batch.OmniboxJobs} are the contract.
 *
 * <h2>How the relay and dispatch jobs map onto a chunk step</h2>
 *
 * <p>The omnibox pipeline ({@link dev.omnibox.pipeline.EventBatchProcessor}) claims, processes and
 * writes a batch in one {@code processBatch} call, which does not split into reader, processor and
 * writer. So the step splits the work itself and still runs every event through the pipeline:
 *
 * <ul>
 *   <li>{@link dev.omnibox.batch.job.ClaimingReader} claims up to {@code itemCount} events with the
 *       repository's skip-locked claim (or the optimistic claim where the storage has none) and
 *       hands them out one by one. {@link dev.omnibox.batch.job.ClaimCheckpointAlgorithm} ends the
 *       chunk when the claim is used up, so one chunk is one claim and one JTA transaction.
 *   <li>{@link dev.omnibox.batch.job.OutboxRelayProcessor} and {@link
 *       dev.omnibox.batch.job.InboxDispatchProcessor} run each event through a pipeline built by
 *       {@link dev.omnibox.pipeline.Processors} over a {@link
 *       dev.omnibox.batch.job.StagedRepository}, which feeds the pipeline the claimed event and
 *       keeps the outcome it writes. Steps, error classification, backoff and dead letters are the
 *       pipeline's own. The relay sends in the chunk's transaction or with it suspended, depending
 *       on the publish mode ({@code RelayPublishing}).
 *   <li>{@link dev.omnibox.batch.job.OutcomeWriter} stores the chunk's outcomes in bulk, in the
 *       chunk's transaction, together with the handlers' effects.
 * </ul>
 *
 * <h2>Failures</h2>
 *
 * <p>A failing handler or publish does not throw out of the processor: it becomes a failure outcome
 * (counted or not, with its next attempt time) that the writer stores in the same transaction as
 * the other events' outcomes, so it rolls back nothing. The skip rules of the chunk are not used
 * for this, because a skipped item's failure would be lost with nothing to record it.
 *
 * <p>An event can also leave the transaction marked for rollback, for example a handler whose JPA
 * write broke a constraint. Then no outcome of the chunk can commit, and a rolled-back attempt
 * counter would send the event round forever. The processor checks the transaction after each event
 * ({@link dev.omnibox.batch.job.TransactionState}); when it is marked, it keeps the event's failure
 * and throws {@link dev.omnibox.batch.job.PoisonedChunkException}, which the job XML declares
 * retryable. The runtime rolls the chunk back, releasing its claims and undoing the other events'
 * effects, and reopens the reader in a transaction of its own (JBeret does this in {@code
 * ChunkRunner}; other runtimes reach the same code at the next read). There the reader records the
 * failure: it claims the event again and writes the failure, which commits on its own. The retried
 * chunk then claims afresh and does not see the poisoned event until its next attempt is due.
 *
 * <h2>Continuous running, stop and restart</h2>
 *
 * <p>A claim that finds nothing ends the chunk with an idle item, and the reader waits one {@code
 * pollInterval} at the start of the next chunk, before it touches the database. {@code
 * JobOperator.stop} ends the wait at once (the reader checks the stop flag every 50 ms), the chunk
 * commits with what it processed, and the step ends STOPPED; the reader's close releases the leases
 * of events it claimed but did not hand out, so a stop loses no event and processes none twice. The
 * checkpoint is empty: the leases in the database record which events are taken, so a {@code
 * restart} simply claims again.
 *
 * <h2>Partitions</h2>
 *
 * <p>{@link dev.omnibox.batch.job.KeyPartitionMapper} gives each partition one share of the
 * partition-key hash space ({@link dev.omnibox.spi.KeyPartition}). Each key belongs to one share,
 * so one thread processes it, in order; per-key ordering in the claim keeps the order across chunks
 * and nodes.
 */
package dev.omnibox.batch.job;
