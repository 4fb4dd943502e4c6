package dev.omnibox.ejb.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** {@link MeterBackend} over a MicroProfile Metrics registry. */
final class MicroProfileBackend implements MeterBackend {

  private final MetricRegistry registry;

  MicroProfileBackend(MetricRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry must not be null");
  }

  @Override
  public void increment(String name, Map<String, String> tags) {
    registry.counter(name, tagsOf(tags)).inc();
  }

  @Override
  public void record(String name, Map<String, String> tags, Duration duration) {
    registry.timer(name, tagsOf(tags)).update(duration);
  }

  @Override
  public <T> void gauge(
      String name, Map<String, String> tags, T source, ToDoubleFunction<T> value) {
    registry.gauge(name, source, item -> value.applyAsDouble(item), tagsOf(tags));
  }

  private static Tag[] tagsOf(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(tag -> new Tag(tag.getKey(), tag.getValue()))
        .toArray(Tag[]::new);
  }
}
