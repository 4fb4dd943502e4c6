package dev.omnibox.bench;

import dev.omnibox.bench.ThroughputRound.RoundResult;
import java.io.PrintStream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the benchmark. Each database has two tables under measurement, one without history and one
 * with the history rows, in two databases of the same server. Every round measures each table with
 * each variant, in an order that reverses from round to round, so that the figures compared in the
 * report were taken side by side under the same load of a shared machine.
 */
final class BenchRun {

  private static final int SUPPLY_RETRIES = 3;
  private static final long MINIMUM_SUPPLY = 5_000;
  private static final int PROBE_BATCHES = 20;

  private final BenchOptions options;
  private final PrintStream progress;
  private final BenchReport report;
  private final long started = System.nanoTime();
  private double lastRefillSeconds;

  BenchRun(BenchOptions options, PrintStream progress) {
    this.options = options;
    this.progress = progress;
    this.report = new BenchReport(options);
  }

  BenchReport run() throws Exception {
    for (Database database : options.databases()) {
      List<TableState> tables = new ArrayList<>();
      try {
        tables.add(openTable(database, options.url(database), 0));
        if (options.historyRows() > 0) {
          tables.add(openTable(database, options.historyUrl(database), options.historyRows()));
        }
        runDatabase(database, tables);
      } finally {
        for (TableState table : tables) {
          table.bench().close();
        }
      }
    }
    return report;
  }

  private TableState openTable(Database database, String url, long historyRows) throws Exception {
    BenchDatabase bench = BenchDatabase.open(database, url);
    SupplyPlanner supply =
        new SupplyPlanner(
            options.initialSupply(), MINIMUM_SUPPLY, options.warmup(), options.measurement());
    return new TableState(historyRows, bench, supply);
  }

  private void runDatabase(Database database, List<TableState> tables) throws Exception {
    report.databaseVersion(database, tables.get(0).bench().productVersion());
    for (TableState table : tables) {
      prepare(table);
    }
    Map<Variant, WorkerFactory> factories = openFactories(database);
    try {
      for (Map.Entry<Variant, WorkerFactory> entry : factories.entrySet()) {
        probeCalls(tables.get(0).bench(), entry.getKey(), entry.getValue());
      }
      warmUp(tables, factories);
      measure(tables, factories);
      for (TableState table : tables) {
        table.bench().refillSupply(table.supply().nextSupply());
        report.plan(
            database,
            table.historyRows(),
            table.bench().explainClaim(options.batchSize(), options.leaseTtl()));
      }
    } finally {
      for (WorkerFactory factory : factories.values()) {
        factory.close();
      }
    }
  }

  private void prepare(TableState table) throws Exception {
    String name = table.bench().database().optionName();
    log("%s: recreating the omnibox tables at %s", name, table.bench().url());
    table.bench().recreateSchema();
    if (table.historyRows() > 0) {
      long started = System.nanoTime();
      boolean settled = table.bench().loadHistory(table.historyRows());
      log(
          "%s: loaded %,d history rows in %.0f s",
          name, table.historyRows(), (System.nanoTime() - started) / 1e9);
      if (!settled) {
        log("  WARNING: the database was still busy with the load when the rounds began");
      }
    }
  }

  private Map<Variant, WorkerFactory> openFactories(Database database) {
    Map<Variant, WorkerFactory> factories = new EnumMap<>(Variant.class);
    for (Variant variant : options.variants()) {
      WorkerFactory factory =
          switch (variant) {
            case RAW -> RawJdbcWorker.factory(database, options.batchSize(), options.leaseTtl());
            case OMNIBOX -> OmniboxWorker.factory(options.batchSize(), options.leaseTtl());
          };
      factories.put(variant, factory);
    }
    return factories;
  }

  /** Runs one unrecorded round per table and variant, so that JIT and caches are warm. */
  private void warmUp(List<TableState> tables, Map<Variant, WorkerFactory> factories)
      throws Exception {
    int mostWorkers = Collections.max(options.workerCounts());
    for (TableState table : tables) {
      for (Map.Entry<Variant, WorkerFactory> entry : factories.entrySet()) {
        measureRound(table, entry.getValue(), mostWorkers);
        log(
            "%s, %,d history rows: warm-up of %s done",
            table.bench().database().optionName(),
            table.historyRows(),
            entry.getKey().optionName());
      }
    }
  }

  private void measure(List<TableState> tables, Map<Variant, WorkerFactory> factories)
      throws Exception {
    List<TableVariant> order = new ArrayList<>();
    for (TableState table : tables) {
      for (Variant variant : factories.keySet()) {
        order.add(new TableVariant(table, variant));
      }
    }
    for (int workers : options.workerCounts()) {
      for (int round = 1; round <= options.rounds(); round++) {
        for (TableVariant next : order) {
          RoundResult result = measureRound(next.table(), factories.get(next.variant()), workers);
          record(next, workers, round, result);
        }
        Collections.reverse(order);
      }
    }
  }

  private void record(TableVariant measured, int workers, int round, RoundResult result) {
    Database database = measured.table().bench().database();
    report.add(
        new Measurement(
            database,
            measured.table().historyRows(),
            measured.variant(),
            workers,
            round,
            result.rowsPerSecond(),
            result.batches(),
            result.shortClaims(),
            result.lostLeases()));
    log(
        "%s, %,d history rows, %d workers, round %d, %s: %,.0f rows/s (refill took %.1f s)",
        database.optionName(),
        measured.table().historyRows(),
        workers,
        round,
        measured.variant().optionName(),
        result.rowsPerSecond(),
        lastRefillSeconds);
  }

  /**
   * Loads due rows and runs one round, again with more rows each time they run out. Short claims
   * while enough due rows are left are part of the figure, not a reason to run again.
   */
  private RoundResult measureRound(TableState table, WorkerFactory factory, int workers)
      throws Exception {
    BenchDatabase bench = table.bench();
    for (int attempt = 0; attempt <= SUPPLY_RETRIES; attempt++) {
      long rows = table.supply().nextSupply();
      long refillStart = System.nanoTime();
      if (!bench.refillSupply(rows)) {
        log("  WARNING: the database was still busy with the last round's deletes");
      }
      lastRefillSeconds = (System.nanoTime() - refillStart) / 1e9;
      RoundResult result = runWorkers(bench, factory, workers);
      if (bench.countDue() >= (long) options.batchSize() * workers) {
        table.supply().measured(result.rowsPerSecond());
        return result;
      }
      table.supply().ranOut(rows);
      log(
          "  the %,d due rows ran out; running the round again with %,d",
          rows, table.supply().nextSupply());
    }
    throw new IllegalStateException(
        "The due rows ran out "
            + (SUPPLY_RETRIES + 1)
            + " times on "
            + bench.database().optionName()
            + "; start with a larger --supply");
  }

  private RoundResult runWorkers(BenchDatabase bench, WorkerFactory factory, int count)
      throws Exception {
    List<ClaimCompleteWorker> workers = new ArrayList<>();
    try {
      for (int i = 1; i <= count; i++) {
        workers.add(open(factory, "bench-worker-" + i, bench.connect()));
      }
      return ThroughputRound.run(
          workers, options.batchSize(), options.warmup(), options.measurement());
    } finally {
      for (ClaimCompleteWorker worker : workers) {
        worker.close();
      }
    }
  }

  /** Counts the JDBC calls of one worker over a few batches, outside any measured round. */
  private void probeCalls(BenchDatabase bench, Variant variant, WorkerFactory factory)
      throws Exception {
    bench.refillSupply((long) options.batchSize() * (PROBE_BATCHES + 1));
    JdbcCallCounter counter = new JdbcCallCounter();
    try (ClaimCompleteWorker worker = open(factory, "bench-probe", counter.wrap(bench.connect()))) {
      for (int batch = 0; batch < PROBE_BATCHES; batch++) {
        worker.claimAndComplete();
      }
    }
    report.calls(
        bench.database(),
        variant,
        new JdbcCalls(
            (double) counter.statements() / PROBE_BATCHES,
            (double) counter.transactionEnds() / PROBE_BATCHES,
            (double) counter.autoCommitSwitches() / PROBE_BATCHES));
  }

  private static ClaimCompleteWorker open(
      WorkerFactory factory, String workerId, Connection connection) throws Exception {
    try {
      return factory.open(workerId, connection);
    } catch (Exception e) {
      connection.close();
      throw e;
    }
  }

  private void log(String format, Object... args) {
    double elapsed = (System.nanoTime() - started) / 1e9;
    progress.printf(Locale.ROOT, "[%5.0f s] " + format + "%n", prepend(elapsed, args));
  }

  private static Object[] prepend(Object first, Object[] rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  /**
   * A table under measurement.
   *
   * @param historyRows the COMPLETED history rows loaded into it
   * @param bench the database that contains it
   * @param supply the sizing of its due rows
   */
  private record TableState(long historyRows, BenchDatabase bench, SupplyPlanner supply) {}

  /** One table measured with one variant. */
  private record TableVariant(TableState table, Variant variant) {}
}
