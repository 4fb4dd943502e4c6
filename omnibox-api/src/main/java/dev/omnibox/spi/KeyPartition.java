package dev.omnibox.spi;

/**
 * One share of the partition-key space: the events whose key hashes to {@code index} modulo {@code
 * count}. Workers that own different shares never take events of the same key, so per-key order
 * holds with several workers. Events without a key fall in share 0.
 *
 * @param index this share, from 0 to {@code count - 1}
 * @param count the number of shares
 */
public record KeyPartition(int index, int count) {

  public KeyPartition {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, but was " + count);
    }
    if (index < 0 || index >= count) {
      throw new IllegalArgumentException(
          "index must be between 0 and " + (count - 1) + ", but was " + index);
    }
  }
}
