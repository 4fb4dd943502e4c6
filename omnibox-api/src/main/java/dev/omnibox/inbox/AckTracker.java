package dev.omnibox.inbox;

import dev.omnibox.spi.AckHandle;

/** Calls at most one method of an {@link AckHandle}, once, and remembers which. */
final class AckTracker {

  private final AckHandle handle;
  private AckDecision decision;

  AckTracker(AckHandle handle) {
    this.handle = handle;
  }

  /** Acknowledges the message unless a decision was already made. */
  void ack() {
    if (decision == null) {
      decision = AckDecision.ACKED;
      handle.ack();
    }
  }

  /** Rejects the message unless a decision was already made. */
  void reject() {
    if (decision == null) {
      decision = AckDecision.REJECTED;
      handle.reject();
    }
  }

  boolean decided() {
    return decision != null;
  }

  AckDecision decision() {
    return decision;
  }
}
