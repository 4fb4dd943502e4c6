/**
 * Jakarta Batch jobs that relay the outbox, dispatch the inbox and run maintenance, and the
 * scheduler that keeps them running.
 *
 * <p>Stable API since 0.1: the job names and parameters in {@link dev.omnibox.batch.OmniboxJobs},
 * the setting names in {@link dev.omnibox.batch.BatchSettings}, and the interfaces an application
 * implements as CDI beans ({@link dev.omnibox.batch.InboxRouters}, {@link
 * dev.omnibox.batch.BatchProcessorOptions}). The batch artifacts in {@code dev.omnibox.batch.job}
 * and the scheduler's classes may change.
 */
package dev.omnibox.batch;
