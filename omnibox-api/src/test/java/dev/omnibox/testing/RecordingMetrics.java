package dev.omnibox.testing;

import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.OmniboxMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A test fake of {@link OmniboxMetrics} that records each call as a line of text. */
public final class RecordingMetrics implements OmniboxMetrics {

  private final List<String> calls = new ArrayList<>();

  /** Returns the calls in order, for example "completed OUTBOX orders PT1S". */
  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  private synchronized void record(String call) {
    calls.add(call);
  }

  @Override
  public void completed(EventKind kind, String scope, Duration latency) {
    record("completed " + kind + " " + scope + " " + latency);
  }

  @Override
  public void failed(EventKind kind, String scope, boolean counted) {
    record("failed " + kind + " " + scope + (counted ? " counted" : " not-counted"));
  }

  @Override
  public void retried(EventKind kind, String scope) {
    record("retried " + kind + " " + scope);
  }

  @Override
  public void deadLettered(EventKind kind, String scope) {
    record("deadLettered " + kind + " " + scope);
  }

  @Override
  public void skipped(EventKind kind, String scope) {
    record("skipped " + kind + " " + scope);
  }

  @Override
  public void stale(EventKind kind, String scope) {
    record("stale " + kind + " " + scope);
  }

  @Override
  public void batch(EventKind kind, int size, Duration duration) {
    record("batch " + kind + " " + size + " " + duration);
  }

  @Override
  public void circuitState(String name, String state) {
    record("circuit " + name + " " + state);
  }
}
