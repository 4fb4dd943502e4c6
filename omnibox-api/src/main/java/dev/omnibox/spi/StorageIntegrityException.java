package dev.omnibox.spi;

/** A row broke a constraint (unique key, check or not-null); retrying the same data fails again. */
public class StorageIntegrityException extends StorageException {

  private static final long serialVersionUID = 1L;

  public StorageIntegrityException(String message, Throwable cause) {
    super(message, cause);
  }
}
