package dev.omnibox.bench;

/** Opens the workers of one variant on one database; closing it frees what they share. */
interface WorkerFactory extends AutoCloseable {

  /** Opens a worker with its own connection, leasing rows as {@code workerId}. */
  ClaimCompleteWorker open(String workerId) throws Exception;

  @Override
  default void close() throws Exception {}
}
