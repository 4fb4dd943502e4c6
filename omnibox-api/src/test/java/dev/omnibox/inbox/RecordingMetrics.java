package dev.omnibox.inbox;

import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.OmniboxMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Records each metrics call as "name:scope" (with ":counted" or ":notCounted" for failures). */
final class RecordingMetrics implements OmniboxMetrics {

  final List<String> calls = new ArrayList<>();

  @Override
  public void completed(EventKind kind, String scope, Duration latency) {
    calls.add("completed:" + scope);
  }

  @Override
  public void failed(EventKind kind, String scope, boolean counted) {
    calls.add("failed:" + scope + (counted ? ":counted" : ":notCounted"));
  }

  @Override
  public void retried(EventKind kind, String scope) {
    calls.add("retried:" + scope);
  }

  @Override
  public void deadLettered(EventKind kind, String scope) {
    calls.add("deadLettered:" + scope);
  }

  @Override
  public void skipped(EventKind kind, String scope) {
    calls.add("skipped:" + scope);
  }

  @Override
  public void stale(EventKind kind, String scope) {
    calls.add("stale:" + scope);
  }

  @Override
  public void duplicate(String consumerGroup) {
    calls.add("duplicate:" + consumerGroup);
  }
}
