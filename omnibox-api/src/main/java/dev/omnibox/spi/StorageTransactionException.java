package dev.omnibox.spi;

/**
 * The transaction was rolled back by the database (deadlock, serialization failure) or is no longer
 * usable.
 */
public class StorageTransactionException extends StorageException {

  private static final long serialVersionUID = 1L;

  public StorageTransactionException(String message, Throwable cause) {
    super(message, cause);
  }
}
