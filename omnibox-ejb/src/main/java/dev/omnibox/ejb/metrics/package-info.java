/**
 * Metrics adapters of omnibox: {@link dev.omnibox.spi.OmniboxMetrics} over MicroProfile Metrics or
 * Micrometer, the outbox backlog gauges, and the CDI producer that picks an adapter for the running
 * server.
 *
 * <p>Stable API since 0.1: {@link dev.omnibox.ejb.metrics.OutboxBacklog} and the metric names in
 * {@link dev.omnibox.ejb.metrics.MetricNames}. Every other type is internal and may change.
 */
package dev.omnibox.ejb.metrics;
