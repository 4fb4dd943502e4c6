package dev.omnibox.ejb.metrics;

import static dev.omnibox.ejb.metrics.MetricsLogger.LOG;

import dev.omnibox.spi.OmniboxMetrics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Produces the application's {@link OmniboxMetrics}: the MicroProfile Metrics adapter when the
 * server provides the MicroProfile Metrics API and a {@code MetricRegistry} bean (Payara 6, or
 * WildFly with SmallRye Metrics packaged in the application), and {@link OmniboxMetrics#NOOP}
 * otherwise.
 *
 * <p>WildFly 28 and later have no MicroProfile Metrics subsystem. On those, either package SmallRye
 * Metrics with the application, or declare an alternative {@link OmniboxMetrics} bean with a higher
 * priority, for example a Micrometer adapter for WildFly's micrometer subsystem.
 */
@ApplicationScoped
public class MetricsProducer {

  private static final String REGISTRY_CLASS = "org.eclipse.microprofile.metrics.MetricRegistry";

  /** The backlog query that the application produces, such as a {@link JdbcOutboxBacklog}. */
  @Inject Instance<OutboxBacklog> backlogs;

  @Produces
  @ApplicationScoped
  OmniboxMetrics omniboxMetrics() {
    if (!isClassPresent(REGISTRY_CLASS)) {
      LOG.metricsBackend("nowhere: the MicroProfile Metrics API is not on the class path");
      return OmniboxMetrics.NOOP;
    }
    OutboxBacklog backlog = backlogs.isResolvable() ? backlogs.get() : null;
    if (backlog == null) {
      LOG.noBacklogQuery();
    }
    return MicroProfileSupport.create(backlog);
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

    static OmniboxMetrics create(OutboxBacklog backlog) {
      Instance<MetricRegistry> registries = CDI.current().select(MetricRegistry.class);
      if (!registries.isResolvable()) {
        LOG.metricsBackend("nowhere: no MetricRegistry bean is deployed");
        return OmniboxMetrics.NOOP;
      }
      LOG.metricsBackend("the MicroProfile Metrics application registry");
      return new MicroProfileMetrics(registries.get(), backlog, Clock.systemUTC());
    }
  }
}
