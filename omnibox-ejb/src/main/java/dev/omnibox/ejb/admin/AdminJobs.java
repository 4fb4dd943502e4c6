package dev.omnibox.ejb.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The omnibox batch jobs that the console shows and the job parameters an operator may set when
 * starting one. The names match the job XML files of omnibox-batch, which this module cannot depend
 * on; a test in omnibox-batch checks that they agree.
 */
public final class AdminJobs {

  public static final String OUTBOX_RELAY = "omnibox-outbox-relay";
  public static final String INBOX_DISPATCH = "omnibox-inbox-dispatch";
  public static final String MAINTENANCE = "omnibox-maintenance";

  /** The jobs in the order the console lists them. */
  public static final List<String> NAMES = List.of(OUTBOX_RELAY, INBOX_DISPATCH, MAINTENANCE);

  private static final Set<String> FETCH_PARAMETERS =
      Set.of(
          "itemCount",
          "pollInterval",
          "continuous",
          "leaseTtl",
          "transactionTimeout",
          "perKeyOrdering",
          "failedBlocksKey",
          "workerName");

  /**
   * Job parameters allowed at start, per job. Partition parameters are left out: the scheduler
   * assigns partitions, and a second worker on the same partitions only competes for the same rows.
   */
  public static final Map<String, Set<String>> START_PARAMETERS =
      Map.of(
          OUTBOX_RELAY,
          union(FETCH_PARAMETERS, Set.of("topics", "publishMode")),
          INBOX_DISPATCH,
          union(FETCH_PARAMETERS, Set.of("consumerGroup", "sources")),
          MAINTENANCE,
          Set.of("retention", "staleLockTtl", "batchSize", "maxIterations", "dropPartitions"));

  private AdminJobs() {}

  private static Set<String> union(Set<String> first, Set<String> second) {
    java.util.Set<String> all = new java.util.TreeSet<>(first);
    all.addAll(second);
    return Set.copyOf(all);
  }
}
