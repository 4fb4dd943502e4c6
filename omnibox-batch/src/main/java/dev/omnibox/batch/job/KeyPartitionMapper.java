package dev.omnibox.batch.job;

import dev.omnibox.batch.OmniboxJobs;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Splits a relay or dispatch step into one partition per thread, each owning one share of the
 * partition-key space ({@code hash(key) mod partitionCount}). Partitions of different shares never
 * claim events of the same key, so each key is processed by one thread, in order.
 *
 * <p>This execution runs the shares {@value OmniboxJobs#FIRST_PARTITION} to {@code firstPartition +
 * partitions - 1} of {@value OmniboxJobs#PARTITION_COUNT}. Nodes that run the same shares are safe
 * too: skip-locked claims and per-key ordering keep them from taking the same event or overtaking
 * an earlier event of a key.
 */
@Named("omniboxKeyPartitions")
@Dependent
public class KeyPartitionMapper implements PartitionMapper {

  /** The partition plan property that contains the share index of a partition. */
  public static final String PARTITION_INDEX = "partitionIndex";

  @Inject
  @BatchProperty(name = OmniboxJobs.PARTITIONS)
  String partitions;

  @Inject
  @BatchProperty(name = OmniboxJobs.PARTITION_COUNT)
  String partitionCount;

  @Inject
  @BatchProperty(name = OmniboxJobs.FIRST_PARTITION)
  String firstPartition;

  @Override
  public PartitionPlan mapPartitions() {
    int threads = Parameters.positiveInt(OmniboxJobs.PARTITIONS, partitions, 1);
    int shares = Parameters.positiveInt(OmniboxJobs.PARTITION_COUNT, partitionCount, threads);
    int first = Parameters.intValue(OmniboxJobs.FIRST_PARTITION, firstPartition, 0);
    if (first < 0 || first + threads > shares) {
      throw new IllegalArgumentException(
          "Job parameters "
              + OmniboxJobs.FIRST_PARTITION
              + "="
              + first
              + " and "
              + OmniboxJobs.PARTITIONS
              + "="
              + threads
              + " select shares beyond "
              + OmniboxJobs.PARTITION_COUNT
              + "="
              + shares
              + "; firstPartition + partitions must be at most partitionCount");
    }

    Properties[] properties = new Properties[threads];
    for (int i = 0; i < threads; i++) {
      properties[i] = new Properties();
      properties[i].setProperty(PARTITION_INDEX, Integer.toString(first + i));
      properties[i].setProperty(OmniboxJobs.PARTITION_COUNT, Integer.toString(shares));
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(threads);
    plan.setThreads(threads);
    plan.setPartitionProperties(properties);
    return plan;
  }
}
