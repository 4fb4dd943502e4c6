package dev.omnibox.spi;

import dev.omnibox.OmniboxException;

/**
 * A storage operation failed; the cause is the driver's or the persistence provider's exception.
 */
public class StorageException extends OmniboxException {

  private static final long serialVersionUID = 1L;

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
