package dev.omnibox.ejb.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * {@link MeterBackend} over a Micrometer registry, such as the one WildFly's {@code micrometer}
 * subsystem provides to deployments.
 */
final class MicrometerBackend implements MeterBackend {

  private final MeterRegistry registry;

  MicrometerBackend(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry must not be null");
  }

  @Override
  public void increment(String name, Map<String, String> tags) {
    registry.counter(name, tagsOf(tags)).increment();
  }

  @Override
  public void record(String name, Map<String, String> tags, Duration duration) {
    registry.timer(name, tagsOf(tags)).record(duration);
  }

  @Override
  public <T> void gauge(
      String name, Map<String, String> tags, T source, ToDoubleFunction<T> value) {
    Gauge.builder(name, source, value).tags(tagsOf(tags)).strongReference(true).register(registry);
  }

  private static Tags tagsOf(Map<String, String> tags) {
    Tags result = Tags.empty();
    for (Map.Entry<String, String> tag : tags.entrySet()) {
      result = result.and(tag.getKey(), tag.getValue());
    }
    return result;
  }
}
