package dev.omnibox.ejb.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The few operations {@link RegistryMetrics} needs from a metrics library, so one adapter serves
 * MicroProfile Metrics and Micrometer. Tags are name-value pairs in a fixed order.
 */
interface MeterBackend {

  void increment(String name, Map<String, String> tags);

  void record(String name, Map<String, String> tags, Duration duration);

  /** Registers a gauge that reads {@code value} from {@code source} whenever it is scraped. */
  <T> void gauge(String name, Map<String, String> tags, T source, ToDoubleFunction<T> value);
}
