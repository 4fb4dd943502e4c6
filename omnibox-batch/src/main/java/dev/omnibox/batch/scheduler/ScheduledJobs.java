package dev.omnibox.batch.scheduler;

import dev.omnibox.batch.BatchSettings;
import dev.omnibox.batch.OmniboxJobs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** Builds the jobs the scheduler manages from the settings. */
public final class ScheduledJobs {

  /** The relay's job parameters that settings may set, as {@code omnibox.batch.relay.<name>}. */
  public static final List<String> RELAY_PARAMETERS =
      List.of(
          OmniboxJobs.ITEM_COUNT,
          OmniboxJobs.LEASE_TTL,
          OmniboxJobs.POLL_INTERVAL,
          OmniboxJobs.PARTITIONS,
          OmniboxJobs.PARTITION_COUNT,
          OmniboxJobs.FIRST_PARTITION,
          OmniboxJobs.PER_KEY_ORDERING,
          OmniboxJobs.FAILED_BLOCKS_KEY,
          OmniboxJobs.TOPICS,
          OmniboxJobs.WORKER_NAME,
          OmniboxJobs.TRANSACTION_TIMEOUT);

  /** The dispatch jobs' parameters that settings may set, as {@code omnibox.batch.dispatch.*}. */
  public static final List<String> DISPATCH_PARAMETERS =
      List.of(
          OmniboxJobs.ITEM_COUNT,
          OmniboxJobs.LEASE_TTL,
          OmniboxJobs.POLL_INTERVAL,
          OmniboxJobs.PARTITIONS,
          OmniboxJobs.PARTITION_COUNT,
          OmniboxJobs.FIRST_PARTITION,
          OmniboxJobs.PER_KEY_ORDERING,
          OmniboxJobs.FAILED_BLOCKS_KEY,
          OmniboxJobs.SOURCES,
          OmniboxJobs.WORKER_NAME,
          OmniboxJobs.TRANSACTION_TIMEOUT);

  /** The maintenance job's parameters, as {@code omnibox.batch.maintenance.<name>}. */
  public static final List<String> MAINTENANCE_PARAMETERS =
      List.of(
          OmniboxJobs.RETENTION,
          OmniboxJobs.STALE_LOCK_TTL,
          OmniboxJobs.BATCH_SIZE,
          OmniboxJobs.MAX_ITERATIONS,
          OmniboxJobs.DROP_PARTITIONS);

  private ScheduledJobs() {}

  /** Returns the relay, when enabled, and one dispatch job per configured consumer group. */
  public static List<ManagedJob> continuous(BatchSettings settings) {
    List<ManagedJob> jobs = new ArrayList<>();
    if (settings.getBoolean(BatchSettings.RELAY_ENABLED, true)) {
      jobs.add(
          new ManagedJob(
              "relay",
              OmniboxJobs.OUTBOX_RELAY,
              settings.jobParameters(BatchSettings.RELAY_PREFIX, RELAY_PARAMETERS)));
    }
    for (String group : groups(settings)) {
      Properties parameters =
          settings.jobParameters(BatchSettings.DISPATCH_PREFIX, DISPATCH_PARAMETERS);
      parameters.setProperty(OmniboxJobs.CONSUMER_GROUP, group);
      jobs.add(new ManagedJob("dispatch:" + group, OmniboxJobs.INBOX_DISPATCH, parameters));
    }
    return jobs;
  }

  /** Returns the maintenance job, unless maintenance is off. */
  public static Optional<ManagedJob> maintenance(BatchSettings settings) {
    if (!settings.getBoolean(BatchSettings.MAINTENANCE_ENABLED, true)) {
      return Optional.empty();
    }
    return Optional.of(
        new ManagedJob(
            "maintenance",
            OmniboxJobs.MAINTENANCE,
            settings.jobParameters(BatchSettings.MAINTENANCE_PREFIX, MAINTENANCE_PARAMETERS)));
  }

  private static List<String> groups(BatchSettings settings) {
    return settings
        .get(BatchSettings.DISPATCH_GROUPS)
        .map(
            value ->
                Arrays.stream(value.split(","))
                    .map(String::strip)
                    .filter(group -> !group.isEmpty())
                    .distinct()
                    .toList())
        .orElse(List.of());
  }
}
