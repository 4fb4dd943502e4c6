package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.sql.Params;
import dev.omnibox.spi.FetchFilters;
import dev.omnibox.spi.KeyPartition;

/** Fetch filter conditions that both event tables share. */
final class Filters {

  private Filters() {}

  /** Adds the key share: the events whose key_hash modulo the share count is this share. */
  static void appendKeyPartition(FetchFilters filters, StringBuilder where, Params params) {
    KeyPartition partition = filters.keyPartition();
    if (partition == null) {
      return;
    }
    where.append(" AND MOD(c.key_hash, ?) = ?");
    params.add((long) partition.count()).add((long) partition.index());
  }
}
