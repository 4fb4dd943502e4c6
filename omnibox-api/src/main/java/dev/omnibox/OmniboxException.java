package dev.omnibox;

/**
 * Base class of every exception that omnibox raises. Messages name the value that failed and what
 * to do about it.
 */
public class OmniboxException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public OmniboxException(String message) {
    super(message);
  }

  public OmniboxException(String message, Throwable cause) {
    super(message, cause);
  }
}
