package dev.omnibox.retry;

/** Class of a handling failure, as {@link ErrorClassifier} decides it. */
public enum ErrorKind {
  /**
   * The failure lies outside the event, such as an unreachable database or broker, and is expected
   * to pass. It does not use up one of the event's attempts.
   */
  TRANSIENT,
  /** The failure lies in the event or the handler. It uses up one of the event's attempts. */
  PERMANENT;

  /** Returns whether a failure of this kind uses up one of the event's attempts. */
  public boolean countsAsAttempt() {
    return this == PERMANENT;
  }
}
