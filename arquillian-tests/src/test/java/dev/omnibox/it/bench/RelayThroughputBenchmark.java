package dev.omnibox.it.bench;

import dev.omnibox.it.support.Jdbc;
import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.inject.Inject;
import jakarta.jms.Queue;
import jakarta.transaction.UserTransaction;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Relay throughput (figure "relay") and the same with history rows in the table (figure "history").
 * The pending events are pre-filled by SQL, so the outbox fast path publishes none of them. The
 * relay job publishes all of them, persistent, to the embedded Artemis.
 */
@ExtendWith(ArquillianExtension.class)
class RelayThroughputBenchmark {

  static final String QUEUE = "omniboxBenchRelay";
  static final String HISTORY_TOPIC = "omniboxBenchHistory";

  @Deployment
  static WebArchive deployment() {
    return BenchDeployments.withRelayJob(
        BenchDeployments.outbox("bench-relay", false, QUEUE).addClasses(RelayRuns.class));
  }

  @Inject BenchResources resources;
  @Inject JobOperator operator;
  @Inject UserTransaction transaction;

  @Resource(lookup = "java:/jms/queue/" + QUEUE)
  Queue queue;

  static boolean historySelected() {
    return BenchSettings.selected(BenchSettings.HISTORY);
  }

  static boolean relaySelected() {
    return BenchSettings.selected(BenchSettings.RELAY);
  }

  @AfterAll
  static void printResults() {
    BenchReport.printResultsFile();
  }

  @Test
  @EnabledIf("relaySelected")
  void relayThroughput() {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    RelayRuns runs = prepare();

    BenchReport report = new BenchReport("Relay throughput, events/s");
    report.line(
        "Each run relays "
            + settings.relayEvents()
            + " pre-filled pending events (one partition key each) to a persistent Artemis"
            + " queue. Fast path off. Raw SQL: the relay's claim and complete statements by"
            + " plain JDBC, same batch size and thread count. Artemis: a JMS send loop on"
            + " java:/JmsXA, one JTA transaction per batch, no database.");
    report.line("");
    report.header(
        "batch",
        "partitions",
        "relay",
        "raw SQL",
        "Artemis",
        "relay ÷ raw SQL",
        "relay ÷ Artemis",
        "statements/chunk",
        "connections/chunk");
    for (int batchSize : settings.relayBatchSizes()) {
      for (int partitions : settings.relayPartitions()) {
        addRow(report, runs, settings.relayEvents(), batchSize, partitions);
      }
    }
    report.line("");
    report.line(BenchReport.conditions(settings));
    report.write();
  }

  @Test
  @EnabledIf("historySelected")
  void relayThroughputWithHistory() {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    RelayRuns runs = prepare();
    int events = settings.relayEvents();
    List<Integer> partitionCounts = settings.historyPartitions();

    double[][] without = new double[settings.relayBatchSizes().size()][partitionCounts.size()];
    for (int b = 0; b < without.length; b++) {
      for (int p = 0; p < partitionCounts.size(); p++) {
        int batchSize = settings.relayBatchSizes().get(b);
        without[b][p] = runs.relay(events, batchSize, partitionCounts.get(p)).eventsPerSecond();
      }
    }
    long started = System.nanoTime();
    new BenchTables(resources.dataSource()).insertHistory(HISTORY_TOPIC, settings.historyRows());
    double fillSeconds = (System.nanoTime() - started) / 1e9;

    BenchReport report = new BenchReport("Relay throughput with history rows, events/s");
    report.line(
        "The same relay runs without and then with "
            + settings.historyRows()
            + " COMPLETED rows in outbox_events (inserted in "
            + Math.round(fillSeconds)
            + " s, time-ordered ids), "
            + events
            + " pending events per run.");
    report.line("");
    report.header("batch", "partitions", "without history", "with history", "with ÷ without");
    for (int b = 0; b < without.length; b++) {
      for (int p = 0; p < partitionCounts.size(); p++) {
        int batchSize = settings.relayBatchSizes().get(b);
        double with = runs.relay(events, batchSize, partitionCounts.get(p)).eventsPerSecond();
        report.row(
            batchSize,
            partitionCounts.get(p),
            BenchReport.rate(without[b][p]),
            BenchReport.rate(with),
            BenchReport.ratio(with / without[b][p]));
      }
    }
    report.line("");
    report.line(BenchReport.conditions(settings));
    report.write();
    Jdbc.update(resources.dataSource(), "TRUNCATE outbox_events");
  }

  private RelayRuns prepare() {
    // Creates the omnibox tables, if missing, then empties them.
    resources.storage().outbox().exists(java.util.UUID.randomUUID());
    new BenchTables(resources.dataSource()).emptyOutbox();
    RelayRuns runs = new RelayRuns(resources, operator, transaction, QUEUE);
    // One unrecorded run, so the first measured run does not pay for the JIT and cold caches.
    runs.relay(5_000, 100, 2);
    return runs;
  }

  private void addRow(BenchReport report, RelayRuns runs, int events, int batch, int partitions) {
    RelayRuns.Rate relay = runs.relay(events, batch, partitions);
    RelayRuns.Rate raw = runs.rawSql(events, batch, partitions);
    RelayRuns.Rate artemis = runs.artemis(events, batch, partitions, queue);
    report.row(
        batch,
        partitions,
        BenchReport.rate(relay.eventsPerSecond()),
        BenchReport.rate(raw.eventsPerSecond()),
        BenchReport.rate(artemis.eventsPerSecond()),
        BenchReport.ratio(relay.eventsPerSecond() / raw.eventsPerSecond()),
        BenchReport.ratio(relay.eventsPerSecond() / artemis.eventsPerSecond()),
        BenchReport.ratio(relay.statementsPerEvent() * batch),
        BenchReport.ratio(relay.connectionsPerEvent() * batch));
  }
}
