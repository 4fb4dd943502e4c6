package dev.omnibox.batch;

/**
 * Names of the omnibox batch jobs and of their job parameters. The job XML files under {@code
 * META-INF/batch-jobs/} read the parameters by these names; every parameter has a default there.
 *
 * <p>Durations are ISO-8601 text such as {@code PT1S}; lists are comma-separated.
 *
 * @since 0.1
 */
public final class OmniboxJobs {

  /** The job that claims pending outbox events and publishes them. */
  public static final String OUTBOX_RELAY = "omnibox-outbox-relay";

  /** The job that claims pending inbox events of one consumer group and runs their handlers. */
  public static final String INBOX_DISPATCH = "omnibox-inbox-dispatch";

  /** The job that releases stale leases and deletes old completed events. */
  public static final String MAINTENANCE = "omnibox-maintenance";

  /** Events claimed per chunk, and so per transaction; default 100. */
  public static final String ITEM_COUNT = "itemCount";

  /** How long a claim lasts before another worker may take the event; default PT5M. */
  public static final String LEASE_TTL = "leaseTtl";

  /** How long the reader waits after a claim found nothing; default PT1S. */
  public static final String POLL_INTERVAL = "pollInterval";

  /**
   * Whether the job keeps polling for new events ({@code true}, the default) or completes when a
   * claim finds nothing ({@code false}), for a one-off drain.
   */
  public static final String CONTINUOUS = "continuous";

  /** Partitions (threads) this job execution runs; default 1. */
  public static final String PARTITIONS = "partitions";

  /**
   * Shares of the partition-key space across all nodes; default equal to {@link #PARTITIONS}. With
   * several nodes, set it to the total number of partitions and give each node its own {@link
   * #FIRST_PARTITION}.
   */
  public static final String PARTITION_COUNT = "partitionCount";

  /** The first key share this execution takes; default 0. */
  public static final String FIRST_PARTITION = "firstPartition";

  /**
   * Whether claims hold back an event while an earlier event of its partition key is not done;
   * default true. Needs a storage with per-key ordering.
   */
  public static final String PER_KEY_ORDERING = "perKeyOrdering";

  /**
   * With per-key ordering, whether a FAILED event blocks later events of its key; default false.
   */
  public static final String FAILED_BLOCKS_KEY = "failedBlocksKey";

  /**
   * Publish mode of the relay, {@code AT_LEAST_ONCE} or {@code XA}. It defaults to the setting
   * {@code omnibox.outbox.publish-mode}, else to {@code AT_LEAST_ONCE}.
   */
  public static final String PUBLISH_MODE = "publishMode";

  /** Outbox topics the relay publishes; empty (the default) for all. */
  public static final String TOPICS = "topics";

  /** The consumer group whose inbox events the dispatch job handles; required. */
  public static final String CONSUMER_GROUP = "consumerGroup";

  /** Inbox sources (the destination a message came from) to dispatch; empty for all. */
  public static final String SOURCES = "sources";

  /**
   * The node part of the lease holder name; default the {@code jboss.node.name} system property,
   * else the host name.
   */
  public static final String WORKER_NAME = "workerName";

  /** JTA transaction timeout of one chunk, in seconds; default 180. */
  public static final String TRANSACTION_TIMEOUT = "transactionTimeout";

  /** How long completed events are kept before maintenance deletes them; default P7D. */
  public static final String RETENTION = "retention";

  /** Minimum age of a lease that maintenance releases; default PT5M. */
  public static final String STALE_LOCK_TTL = "staleLockTtl";

  /** Rows one maintenance statement changes at most; default 500. */
  public static final String BATCH_SIZE = "batchSize";

  /** Statements per maintenance task and table in one run at most; default 100. */
  public static final String MAX_ITERATIONS = "maxIterations";

  /**
   * Whether maintenance also drops partitions of the partitioned PostgreSQL tables that ended
   * before the retention cutoff and hold only COMPLETED events; default false.
   */
  public static final String DROP_PARTITIONS = "dropPartitions";

  private OmniboxJobs() {}
}
