package dev.omnibox.spi;

/**
 * What a storage can do.
 *
 * @param skipLocked claims lock rows and skip rows that others hold ({@code FOR UPDATE SKIP
 *     LOCKED}), so {@link EventRepository#claimPending} is safe with many workers
 * @param databaseClock lease times come from the database clock
 * @param bulkUpdates completions and failures are written in one statement per batch
 * @param perKeyOrdering claims can hold back events behind an earlier event of the same key
 * @param uniqueInboxKey the storage enforces one row per (message id, consumer group)
 * @param partitionDrop retention can drop whole partitions instead of deleting rows
 */
public record RepositoryCapabilities(
    boolean skipLocked,
    boolean databaseClock,
    boolean bulkUpdates,
    boolean perKeyOrdering,
    boolean uniqueInboxKey,
    boolean partitionDrop) {}
