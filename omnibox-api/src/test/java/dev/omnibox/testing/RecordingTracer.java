package dev.omnibox.testing;

import dev.omnibox.model.StoredEvent;
import dev.omnibox.spi.EventTracer;
import java.util.ArrayList;
import java.util.List;

/** A test fake of {@link EventTracer} that records spans as "start", "error" and "close" lines. */
public final class RecordingTracer implements EventTracer {

  private final List<String> calls = new ArrayList<>();

  public synchronized List<String> calls() {
    return List.copyOf(calls);
  }

  private synchronized void record(String call) {
    calls.add(call);
  }

  @Override
  public Scope start(StoredEvent event, String operation) {
    record("start " + operation + " " + event.id());
    return new Scope() {
      @Override
      public void recordError(Throwable error) {
        record("error " + error.getMessage());
      }

      @Override
      public void close() {
        record("close " + event.id());
      }
    };
  }
}
