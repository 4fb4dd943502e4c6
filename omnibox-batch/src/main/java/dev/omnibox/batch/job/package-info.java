/**
 * The batch artifacts of the omnibox jobs, as CDI beans named in the job XML: claiming readers,
 * pipeline processors, the outcome writer, the checkpoint algorithm, the key partition mapper and
 * the maintenance batchlet.
 *
 * <p>Not a stable API: the job XML and {@link dev.omnibox.batch.OmniboxJobs} are the contract.
 */
package dev.omnibox.batch.job;
