package dev.omnibox.ejb.metrics;

import static org.jboss.logging.Logger.Level.DEBUG;
import static org.jboss.logging.Logger.Level.INFO;
import static org.jboss.logging.Logger.Level.WARN;

import java.lang.invoke.MethodHandles;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log messages of the metrics adapters, ids 2350-2379. */
@MessageLogger(projectCode = "OMNIBOX")
interface MetricsLogger extends BasicLogger {

  MetricsLogger LOG =
      Logger.getMessageLogger(
          MethodHandles.lookup(), MetricsLogger.class, MetricsLogger.class.getPackageName());

  @LogMessage(level = DEBUG)
  @Message(id = 2350, value = "Recording metric %s failed")
  void recordFailed(String metric, @Cause Throwable cause);

  @LogMessage(level = WARN)
  @Message(
      id = 2351,
      value = "Reading the outbox backlog for the gauges failed; the gauges keep the last values")
  void backlogFailed(@Cause Throwable cause);

  @LogMessage(level = INFO)
  @Message(id = 2352, value = "omnibox metrics go to %s")
  void metricsBackend(String backend);

  @LogMessage(level = INFO)
  @Message(
      id = 2353,
      value = "No OutboxBacklog bean is deployed, so the outbox backlog gauges are not registered")
  void noBacklogQuery();
}
