package dev.omnibox.ejb.storage;

import dev.omnibox.ejb.storage.sql.DatabaseKind;

/**
 * Settings of the omnibox storage.
 *
 * @param databaseKind the database, or null to detect it from the JDBC metadata
 * @param partitioned whether the PostgreSQL tables are the range-partitioned variant, whose unique
 *     keys cannot span partitions, so inserts also check for duplicates across the whole table
 * @param createSchema whether to create missing tables from the shipped DDL on first use; off by
 *     default
 * @param maxErrorBytes the UTF-8 length at which error texts are truncated, at most 4000 (the size
 *     of the last_error column)
 */
public record StorageOptions(
    DatabaseKind databaseKind, boolean partitioned, boolean createSchema, int maxErrorBytes) {

  /** The size of the last_error and reason columns in the shipped DDL, in characters. */
  public static final int ERROR_COLUMN_SIZE = 4000;

  public StorageOptions {
    if (maxErrorBytes < 64 || maxErrorBytes > ERROR_COLUMN_SIZE) {
      throw new IllegalArgumentException(
          "maxErrorBytes must be between 64 and "
              + ERROR_COLUMN_SIZE
              + " (the last_error column size), but was "
              + maxErrorBytes);
    }
  }

  /** Returns the defaults: detected database, plain tables, no schema creation, 4000 bytes. */
  public static StorageOptions defaults() {
    return new StorageOptions(null, false, false, ERROR_COLUMN_SIZE);
  }

  public StorageOptions withDatabaseKind(DatabaseKind kind) {
    return new StorageOptions(kind, partitioned, createSchema, maxErrorBytes);
  }

  public StorageOptions withPartitioned(boolean value) {
    return new StorageOptions(databaseKind, value, createSchema, maxErrorBytes);
  }

  public StorageOptions withCreateSchema(boolean value) {
    return new StorageOptions(databaseKind, partitioned, value, maxErrorBytes);
  }
}
