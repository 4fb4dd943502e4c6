package dev.omnibox.bench;

import java.sql.Connection;

/** Opens the workers of one variant on one database; closing it frees what they share. */
interface WorkerFactory extends AutoCloseable {

  /**
   * Opens a worker that leases rows as {@code workerId} and uses only {@code connection}, which it
   * closes when it is closed.
   */
  ClaimCompleteWorker open(String workerId, Connection connection) throws Exception;

  @Override
  default void close() throws Exception {}
}
