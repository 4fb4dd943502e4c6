package dev.omnibox.spi;

/** A statement or lock wait timed out, or was cancelled; the operation may be retried. */
public class StorageTimeoutException extends StorageException {

  private static final long serialVersionUID = 1L;

  public StorageTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
