package dev.omnibox.spi;

/** The database could not be reached or the connection broke; the operation may be retried. */
public class StorageConnectionException extends StorageException {

  private static final long serialVersionUID = 1L;

  public StorageConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
