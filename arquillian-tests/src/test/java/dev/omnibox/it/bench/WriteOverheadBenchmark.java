package dev.omnibox.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnibox.ejb.outbox.OutboxMessage;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Write overhead (figure "write"): 4 concurrent clients commit business transactions that insert
 * one order row, alone, with one outbox event and with ten, fired through CDI. Once with the outbox
 * fast path on, publishing to Artemis after each commit on the same 2 cores, and once with it off.
 * The run with the fast path off also writes one and ten rows by plain JDBC, as the raw SQL limit.
 */
@ExtendWith(ArquillianExtension.class)
class WriteOverheadBenchmark {

  static final String FAST_PATH_QUEUE = "omniboxBenchWriteFast";
  static final String NO_FAST_PATH_QUEUE = "omniboxBenchWrite";

  /** One kind of business transaction: its events, written by omnibox or by plain JDBC. */
  private record Variant(int events, boolean raw) {

    String label() {
      return raw ? events + ", raw SQL" : String.valueOf(events);
    }
  }

  private static final List<Variant> OMNIBOX_VARIANTS =
      List.of(new Variant(0, false), new Variant(1, false), new Variant(10, false));

  private static final List<Variant> WITH_RAW_SQL =
      List.of(
          new Variant(0, false),
          new Variant(1, false),
          new Variant(10, false),
          new Variant(1, true),
          new Variant(10, true));

  @Deployment(name = "fast-path-on")
  static WebArchive fastPathOn() {
    return BenchDeployments.outbox("bench-write-fast", true, FAST_PATH_QUEUE)
        .addClasses(BenchOrderPlaced.class, OrderClient.class);
  }

  @Deployment(name = "fast-path-off")
  static WebArchive fastPathOff() {
    return BenchDeployments.outbox("bench-write", false, NO_FAST_PATH_QUEUE)
        .addClasses(BenchOrderPlaced.class, OrderClient.class);
  }

  @Inject BenchResources resources;
  @Inject UserTransaction transaction;
  @Inject Event<OutboxMessage> messages;

  static boolean writeSelected() {
    return BenchSettings.selected(BenchSettings.WRITE);
  }

  @AfterAll
  static void printResults() {
    BenchReport.printResultsFile();
  }

  @Test
  @OperateOnDeployment("fast-path-off")
  @EnabledIf("writeSelected")
  void writeOverheadFastPathOff() throws Exception {
    measure(
        NO_FAST_PATH_QUEUE,
        "fast path off: the events stay PENDING, nothing is published",
        WITH_RAW_SQL);
  }

  @Test
  @OperateOnDeployment("fast-path-on")
  @EnabledIf("writeSelected")
  void writeOverheadFastPathOn() throws Exception {
    measure(
        FAST_PATH_QUEUE,
        "fast path on: each commit hands its events to the fast path, which publishes them to"
            + " Artemis on the same cores",
        OMNIBOX_VARIANTS);
  }

  private void measure(String topic, String description, List<Variant> variantList)
      throws Exception {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    resources.storage().outbox().exists(UUID.randomUUID());
    BenchTables tables = new BenchTables(resources.dataSource());
    tables.emptyOutbox();
    QueueDrain.drain(resources.inVmConnectionFactory(), topic, 200);
    OrderClient client = new OrderClient(transaction, resources.dataSource(), messages, topic);

    int variants = variantList.size();
    List<List<Double>> rates = new ArrayList<>();
    double[] statements = new double[variants];
    long[] transactions = new long[variants];
    long eventsWritten = 0;
    for (int v = 0; v < variants; v++) {
      rates.add(new ArrayList<>());
    }
    for (int round = 0; round < settings.writeRounds(); round++) {
      for (int step = 0; step < variants; step++) {
        // Every other round runs the variants in reverse, so a drift of the machine's load
        // during the run does not favour one variant.
        int v = round % 2 == 0 ? step : variants - 1 - step;
        Variant variant = variantList.get(v);
        int events = variant.events();
        eventsWritten += events * run(settings, client, variant, settings.writeWarmup());
        awaitFastPathIdle(tables, topic);
        long statementsBefore = resources.counter().statements();
        long committed = run(settings, client, variant, settings.writeMeasure());
        rates.get(v).add(committed / (settings.writeMeasure().toNanos() / 1e9));
        statements[v] += resources.counter().statements() - statementsBefore;
        transactions[v] += committed;
        eventsWritten += events * committed;
        awaitFastPathIdle(tables, topic);
      }
    }

    String published = checkRows(tables, topic, eventsWritten);
    BenchReport report = new BenchReport("Write overhead, " + description);
    report.line(
        settings.clients()
            + " clients, "
            + settings.writeRounds()
            + " rounds of "
            + settings.writeWarmup().toSeconds()
            + " s warm-up and "
            + settings.writeMeasure().toSeconds()
            + " s measurement per variant; median of the rounds. Time ratio: transactions/s of"
            + " the order alone ÷ transactions/s of the variant (goal for one event: ≤ 1.15)."
            + " Raw SQL: the same rows by plain JDBC in the same JTA transaction, with the"
            + " statements omnibox sends (key lock and insert in one round trip) and no CDI"
            + " event, JSON-B or validation.");
    report.line("");
    report.header(
        "events per transaction",
        "transactions/s",
        "time ratio",
        "omnibox JDBC statements/transaction (writes and fast path)");
    double baseline = median(rates.get(0));
    for (int v = 0; v < variants; v++) {
      double rate = median(rates.get(v));
      Variant variant = variantList.get(v);
      report.row(
          variant.label(),
          BenchReport.rate(rate),
          BenchReport.ratio(baseline / rate),
          variant.raw()
              ? "not counted (plain JDBC)"
              : BenchReport.ratio(statements[v] / Math.max(1, transactions[v])));
    }
    report.line("");
    report.line(published);
    report.line(BenchReport.conditions(settings));
    report.write();
  }

  private long run(BenchSettings settings, OrderClient client, Variant variant, Duration duration) {
    long deadline = System.nanoTime() + duration.toNanos();
    return Clients.runAll(
        resources.threadFactory(),
        settings.clients(),
        index -> () -> client.placeOrdersUntil(deadline, variant.events(), variant.raw()));
  }

  /**
   * Checks that every committed event has its row and that no event was published twice, and
   * returns a line that reports how many the fast path published.
   */
  private String checkRows(BenchTables tables, String topic, long eventsWritten) {
    assertThat(tables.count("topic = ?", topic)).as("outbox rows").isEqualTo(eventsWritten);
    awaitFastPathIdle(tables, topic);
    long completed = tables.count("topic = ? AND status = 'COMPLETED'", topic);
    QueueDrain.Result received = QueueDrain.drain(resources.inVmConnectionFactory(), topic, 2000);
    assertThat(received.messages()).as("messages published").isEqualTo(completed);
    assertThat(received.distinctEventIds()).as("distinct event ids").isEqualTo(completed);
    return "Events written: " + eventsWritten + ", published by the fast path: " + completed + ".";
  }

  /**
   * Waits until the fast path has stopped publishing: the completed count has not grown for a
   * second. Without the fast path that is at once. A measurement therefore never pays for the
   * publishing of the variant before it, and the measured time holds only the publishing that
   * overlaps the variant's own commits.
   */
  private static void awaitFastPathIdle(BenchTables tables, String topic) {
    long last = -1;
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() - deadline < 0) {
      long completed = tables.count("topic = ? AND status = 'COMPLETED'", topic);
      if (completed == last) {
        return;
      }
      last = completed;
      sleepQuietly(1000);
    }
    throw new AssertionError("the fast path was still publishing after 5 minutes");
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
