package dev.omnibox.pipeline;

import dev.omnibox.retry.ErrorClassifier;
import dev.omnibox.retry.ErrorKind;

/**
 * The rules that the batch processor and the steps share for exceptions, so a step that observes an
 * exception reaches the same verdict as the processor that turns it into a result.
 *
 * @since 0.1
 */
public final class Failures {

  private Failures() {}

  /**
   * Returns whether an exception uses up an attempt: it does when the classifier calls it
   * permanent. An interruption never counts, because it does not depend on the event.
   */
  public static boolean countsAsAttempt(Throwable error, ErrorClassifier classifier) {
    if (error instanceof InterruptedException) {
      return false;
    }
    return classifier.classify(error) == ErrorKind.PERMANENT;
  }

  /** Returns the exception's class name and message, as stored in the event's last error. */
  public static String describe(Throwable error) {
    String message = error.getMessage();
    String type = error.getClass().getName();
    return message == null || message.isBlank() ? type : type + ": " + message;
  }
}
