package dev.omnibox.bench;

import dev.omnibox.bench.ThroughputRound.RoundResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the benchmark: on each database, a pass on a table without history and a pass with the
 * history rows, each measuring every variant in alternating order round by round, so that both
 * variants see the same load on a shared machine.
 */
final class BenchRun {

  private static final int SUPPLY_RETRIES = 3;
  private static final long MINIMUM_SUPPLY = 20_000;

  private final BenchOptions options;
  private final PrintStream progress;
  private final BenchReport report;

  BenchRun(BenchOptions options, PrintStream progress) {
    this.options = options;
    this.progress = progress;
    this.report = new BenchReport(options);
  }

  BenchReport run() throws Exception {
    for (Database database : options.databases()) {
      try (BenchDatabase bench = BenchDatabase.open(database, options.url(database))) {
        report.databaseVersion(database, bench.productVersion());
        runDatabase(bench);
      }
    }
    return report;
  }

  private void runDatabase(BenchDatabase bench) throws Exception {
    log("%s: recreating the omnibox tables", bench.database().optionName());
    bench.recreateSchema();
    Map<Variant, WorkerFactory> factories = openFactories(bench);
    try {
      runPass(bench, factories, 0);
      if (options.historyRows() > 0) {
        long started = System.nanoTime();
        if (!bench.loadHistory(options.historyRows())) {
          log("  WARNING: the database was still busy with the load when the first round began");
        }
        log(
            "%s: loaded %,d history rows in %.0f s",
            bench.database().optionName(),
            options.historyRows(),
            (System.nanoTime() - started) / 1e9);
        runPass(bench, factories, options.historyRows());
      }
    } finally {
      for (WorkerFactory factory : factories.values()) {
        factory.close();
      }
    }
  }

  private Map<Variant, WorkerFactory> openFactories(BenchDatabase bench) {
    Map<Variant, WorkerFactory> factories = new EnumMap<>(Variant.class);
    for (Variant variant : options.variants()) {
      Optional<WorkerFactory> factory =
          switch (variant) {
            case RAW ->
                Optional.of(RawJdbcWorker.factory(bench, options.batchSize(), options.leaseTtl()));
            case OMNIBOX -> OmniboxWorkers.factory(bench, options, report);
          };
      factory.ifPresent(opened -> factories.put(variant, opened));
    }
    return factories;
  }

  private void runPass(BenchDatabase bench, Map<Variant, WorkerFactory> factories, long history)
      throws Exception {
    SupplyPlanner supply =
        new SupplyPlanner(
            options.initialSupply(), MINIMUM_SUPPLY, options.warmup(), options.measurement());
    int mostWorkers = Collections.max(options.workerCounts());
    for (Map.Entry<Variant, WorkerFactory> entry : factories.entrySet()) {
      measureRound(bench, entry.getValue(), mostWorkers, supply);
      log("%s: warm-up of %s done", bench.database().optionName(), entry.getKey().optionName());
    }

    List<Variant> variants = new ArrayList<>(factories.keySet());
    for (int workers : options.workerCounts()) {
      for (int round = 1; round <= options.rounds(); round++) {
        for (Variant variant : variants) {
          RoundResult result = measureRound(bench, factories.get(variant), workers, supply);
          report.add(
              new Measurement(
                  bench.database(),
                  history,
                  variant,
                  workers,
                  round,
                  result.rowsPerSecond(),
                  result.lostLeases()));
          log(
              "%s, %,d history rows, %d workers, round %d, %s: %,.0f rows/s",
              bench.database().optionName(),
              history,
              workers,
              round,
              variant.optionName(),
              result.rowsPerSecond());
        }
        Collections.reverse(variants);
      }
    }

    bench.refillSupply(supply.nextSupply());
    report.plan(
        bench.database(), history, bench.explainClaim(options.batchSize(), options.leaseTtl()));
  }

  /** Loads due rows and runs one round, again with more rows each time they run out. */
  private RoundResult measureRound(
      BenchDatabase bench, WorkerFactory factory, int workers, SupplyPlanner supply)
      throws Exception {
    for (int attempt = 0; attempt <= SUPPLY_RETRIES; attempt++) {
      long rows = supply.nextSupply();
      if (!bench.refillSupply(rows)) {
        log(
            "  WARNING: the database was still busy with the last round's deletes; this round may be slow");
      }
      RoundResult result = runWorkers(factory, workers);
      if (!result.exhausted()) {
        supply.measured(result.rowsPerSecond());
        return result;
      }
      supply.ranOut(rows);
      log(
          "  the %,d due rows ran out; running the round again with %,d",
          rows, supply.nextSupply());
    }
    throw new IllegalStateException(
        "The due rows ran out "
            + (SUPPLY_RETRIES + 1)
            + " times on "
            + bench.database().optionName()
            + "; start with a larger --supply");
  }

  private RoundResult runWorkers(WorkerFactory factory, int count) throws Exception {
    List<ClaimCompleteWorker> workers = new ArrayList<>();
    try {
      for (int i = 1; i <= count; i++) {
        workers.add(factory.open("bench-worker-" + i));
      }
      return ThroughputRound.run(
          workers, options.batchSize(), options.warmup(), options.measurement());
    } finally {
      for (ClaimCompleteWorker worker : workers) {
        worker.close();
      }
    }
  }

  private void log(String format, Object... args) {
    progress.printf(Locale.ROOT, format + "%n", args);
  }
}
