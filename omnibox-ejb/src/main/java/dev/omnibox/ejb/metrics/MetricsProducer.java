package dev.omnibox.ejb.metrics;

import static dev.omnibox.ejb.metrics.MetricsLogger.LOG;

import dev.omnibox.spi.OmniboxMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Produces the application's {@link OmniboxMetrics}, on the first registry the server provides as a
 * CDI bean:
 *
 * <ol>
 *   <li>a MicroProfile Metrics {@code MetricRegistry} (Payara 6, or a server with SmallRye Metrics
 *       in the application);
 *   <li>a Micrometer {@code MeterRegistry} (WildFly 28 and later with the {@code micrometer}
 *       subsystem, which has no MicroProfile Metrics);
 *   <li>none: {@link OmniboxMetrics#NOOP}.
 * </ol>
 *
 * <p>Each library is used only when its API is on the class path, so the same archive deploys on
 * servers without it. To report elsewhere, declare an alternative {@link OmniboxMetrics} bean with
 * a higher priority.
 */
@ApplicationScoped
public class MetricsProducer {

  private static final String MICROPROFILE_CLASS =
      "org.eclipse.microprofile.metrics.MetricRegistry";
  private static final String MICROMETER_CLASS = "io.micrometer.core.instrument.MeterRegistry";

  /** The backlog query that the application produces, such as a {@link JdbcOutboxBacklog}. */
  @Inject Instance<OutboxBacklog> backlogs;

  /**
   * Looks up the registries. An injected {@link Instance}, not {@code CDI.current()}: Payara's
   * {@code MetricRegistry} producer reads the annotations of the injection point, and a lookup
   * through {@code CDI.current()} has none, so it failed there with a NullPointerException.
   */
  @Inject Instance<Object> beans;

  @Produces
  @ApplicationScoped
  OmniboxMetrics omniboxMetrics() {
    Optional<MeterBackend> meters = microProfile().or(this::micrometer);
    if (meters.isEmpty()) {
      LOG.metricsBackend("nowhere: no MicroProfile Metrics or Micrometer registry is deployed");
      return OmniboxMetrics.NOOP;
    }
    OutboxBacklog backlog = backlogs.isResolvable() ? backlogs.get() : null;
    if (backlog == null) {
      LOG.noBacklogQuery();
    }
    return new RegistryMetrics(meters.get(), backlog, Clock.systemUTC());
  }

  private Optional<MeterBackend> microProfile() {
    return isClassPresent(MICROPROFILE_CLASS)
        ? MicroProfileSupport.backend(beans)
        : Optional.empty();
  }

  private Optional<MeterBackend> micrometer() {
    return isClassPresent(MICROMETER_CLASS) ? MicrometerSupport.backend(beans) : Optional.empty();
  }

  private static boolean isClassPresent(String name) {
    try {
      Class.forName(name, false, MetricsProducer.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Loaded only when the MicroProfile Metrics API is on the class path. */
  private static final class MicroProfileSupport {

    static Optional<MeterBackend> backend(Instance<Object> beans) {
      Instance<MetricRegistry> registries = beans.select(MetricRegistry.class);
      if (!registries.isResolvable()) {
        return Optional.empty();
      }
      LOG.metricsBackend("the MicroProfile Metrics application registry");
      return Optional.of(new MicroProfileBackend(registries.get()));
    }
  }

  /** Loaded only when the Micrometer API is on the class path. */
  private static final class MicrometerSupport {

    static Optional<MeterBackend> backend(Instance<Object> beans) {
      Instance<MeterRegistry> registries = beans.select(MeterRegistry.class);
      if (!registries.isResolvable()) {
        return Optional.empty();
      }
      LOG.metricsBackend("the Micrometer registry");
      return Optional.of(new MicrometerBackend(registries.get()));
    }
  }
}
