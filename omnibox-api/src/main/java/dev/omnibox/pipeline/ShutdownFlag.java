package dev.omnibox.pipeline;

/**
 * A {@link ShutdownSignal} raised by calling {@link #request()}; safe to raise from any thread.
 *
 * @since 0.1
 */
public final class ShutdownFlag implements ShutdownSignal {

  private volatile boolean requested;

  /** Raises the signal; it stays raised. */
  public void request() {
    requested = true;
  }

  @Override
  public boolean isRequested() {
    return requested;
  }
}
