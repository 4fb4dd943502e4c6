package dev.omnibox.inbox;

import dev.omnibox.spi.AckHandle;
import java.util.List;

/** Writes "ack" or "reject" to the shared journal on each call. */
final class RecordingAckHandle implements AckHandle {

  private final List<String> journal;

  RecordingAckHandle(List<String> journal) {
    this.journal = journal;
  }

  @Override
  public void ack() {
    journal.add("ack");
  }

  @Override
  public void reject() {
    journal.add("reject");
  }
}
