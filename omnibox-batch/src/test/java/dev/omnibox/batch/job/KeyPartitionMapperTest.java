package dev.omnibox.batch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.batch.OmniboxJobs;
import jakarta.batch.api.partition.PartitionPlan;
import org.junit.jupiter.api.Test;

class KeyPartitionMapperTest {

  @Test
  void defaults_onePartitionOfOneShare() {
    PartitionPlan plan = mapper(null, null, null).mapPartitions();

    assertThat(plan.getPartitions()).isEqualTo(1);
    assertThat(plan.getThreads()).isEqualTo(1);
    assertThat(plan.getPartitionProperties()[0])
        .containsEntry(KeyPartitionMapper.PARTITION_INDEX, "0")
        .containsEntry(OmniboxJobs.PARTITION_COUNT, "1");
  }

  @Test
  void secondNode_takesItsShares() {
    PartitionPlan plan = mapper("2", "6", "2").mapPartitions();

    assertThat(plan.getPartitions()).isEqualTo(2);
    assertThat(plan.getPartitionProperties()[0])
        .containsEntry(KeyPartitionMapper.PARTITION_INDEX, "2")
        .containsEntry(OmniboxJobs.PARTITION_COUNT, "6");
    assertThat(plan.getPartitionProperties()[1])
        .containsEntry(KeyPartitionMapper.PARTITION_INDEX, "3");
  }

  @Test
  void sharesBeyondCount_areRejected() {
    assertThatThrownBy(() -> mapper("3", "4", "2").mapPartitions())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("firstPartition=2")
        .hasMessageContaining("partitionCount=4");
  }

  @Test
  void invalidNumber_namesTheParameter() {
    assertThatThrownBy(() -> mapper("two", null, null).mapPartitions())
        .hasMessageContaining(OmniboxJobs.PARTITIONS)
        .hasMessageContaining("'two'");
  }

  private static KeyPartitionMapper mapper(String partitions, String count, String first) {
    KeyPartitionMapper mapper = new KeyPartitionMapper();
    mapper.partitions = partitions;
    mapper.partitionCount = count;
    mapper.firstPartition = first;
    return mapper;
  }
}
