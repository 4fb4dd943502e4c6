package dev.omnibox.spi;

import java.util.Objects;
import java.util.Set;

/**
 * Which events a fetch may return. Empty sets mean no restriction.
 *
 * @param topics outbox topics to fetch; empty for all
 * @param sources inbox sources (the destination a message came from) to fetch; empty for all
 * @param consumerGroup the inbox consumer group to fetch, or null for the outbox or all groups
 * @param keyPartition the share of partition keys to fetch, or null for all keys
 */
public record FetchFilters(
    Set<String> topics, Set<String> sources, String consumerGroup, KeyPartition keyPartition) {

  private static final FetchFilters NONE = new FetchFilters(Set.of(), Set.of(), null, null);

  public FetchFilters {
    topics = Set.copyOf(Objects.requireNonNull(topics, "topics must not be null; use Set.of()"));
    sources = Set.copyOf(Objects.requireNonNull(sources, "sources must not be null; use Set.of()"));
    if (consumerGroup != null && consumerGroup.isBlank()) {
      throw new IllegalArgumentException(
          "consumerGroup must not be blank; use null to fetch every group");
    }
  }

  /** Returns filters that match every event. */
  public static FetchFilters none() {
    return NONE;
  }

  public static FetchFilters forTopics(Set<String> topics) {
    return new FetchFilters(topics, Set.of(), null, null);
  }

  public static FetchFilters forConsumerGroup(String consumerGroup) {
    return new FetchFilters(Set.of(), Set.of(), consumerGroup, null);
  }

  public FetchFilters withSources(Set<String> newSources) {
    return new FetchFilters(topics, newSources, consumerGroup, keyPartition);
  }

  public FetchFilters withKeyPartition(KeyPartition partition) {
    return new FetchFilters(topics, sources, consumerGroup, partition);
  }
}
