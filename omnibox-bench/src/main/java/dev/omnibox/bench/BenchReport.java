package dev.omnibox.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The figures of one run, printed as Markdown: the setup, the median rate of each variant with the
 * raw-SQL ratio, the effect of the history rows, and the claim plans.
 */
final class BenchReport {

  private final BenchOptions options;
  private final Map<Database, String> versions = new EnumMap<>(Database.class);
  private final List<Measurement> measurements = new ArrayList<>();
  private final Map<String, String> plans = new LinkedHashMap<>();
  private final Map<String, JdbcCalls> calls = new LinkedHashMap<>();

  BenchReport(BenchOptions options) {
    this.options = options;
  }

  void databaseVersion(Database database, String version) {
    versions.put(database, version);
  }

  void add(Measurement measurement) {
    measurements.add(measurement);
  }

  void calls(Database database, Variant variant, JdbcCalls perBatch) {
    calls.put(database.optionName() + " | " + variant.optionName(), perBatch);
  }

  void plan(Database database, long historyRows, String plan) {
    plans.put(database.optionName() + ", " + count(historyRows) + " history rows", plan);
  }

  /** Returns the median rate of the rounds that match, or empty when none ran. */
  OptionalDouble median(Database database, long historyRows, Variant variant, int workers) {
    List<Double> rates = rates(database, historyRows, variant, workers);
    if (rates.isEmpty()) {
      return OptionalDouble.empty();
    }
    int middle = rates.size() / 2;
    return OptionalDouble.of(
        rates.size() % 2 == 1
            ? rates.get(middle)
            : (rates.get(middle - 1) + rates.get(middle)) / 2);
  }

  /** Returns the rates of the rounds that match, slowest first. */
  private List<Double> rates(Database database, long historyRows, Variant variant, int workers) {
    return measurements.stream()
        .filter(m -> m.database() == database && m.historyRows() == historyRows)
        .filter(m -> m.variant() == variant && m.workers() == workers)
        .map(Measurement::rowsPerSecond)
        .sorted()
        .toList();
  }

  void print(PrintStream out) {
    printSetup(out);
    printThroughput(out);
    if (options.historyRows() > 0) {
      printHistoryEffect(out);
    }
    printCalls(out);
    printPlans(out);
  }

  private void printSetup(PrintStream out) {
    out.println("## Setup");
    out.println();
    out.printf(
        Locale.ROOT,
        "- Settings: batch %d, workers %s, %d rounds of %d s warmup + %d s measurement per"
            + " variant, lease %d s, history %s rows%n",
        options.batchSize(),
        options.workerCounts(),
        options.rounds(),
        options.warmup().toSeconds(),
        options.measurement().toSeconds(),
        options.leaseTtl().toSeconds(),
        count(options.historyRows()));
    out.printf(
        Locale.ROOT,
        "- Machine: %d cores, %.1f GiB memory, %s %s (%s)%n",
        Runtime.getRuntime().availableProcessors(),
        totalMemoryGib(),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("os.arch"));
    out.printf(
        "- JDK: %s %s%n", System.getProperty("java.vm.name"), System.getProperty("java.version"));
    versions.forEach(
        (database, version) -> out.printf("- %s: %s%n", database.optionName(), version));
    out.println();
  }

  private void printThroughput(PrintStream out) {
    out.println("## Claim and complete, rows/s (median of the rounds, min to max in brackets)");
    out.println();
    out.println("| database | history rows | workers | raw JDBC | omnibox | omnibox ÷ raw |");
    out.println("|---|---:|---:|---:|---:|---:|");
    for (Database database : versions.keySet()) {
      for (long history : historyLevels()) {
        for (int workers : options.workerCounts()) {
          out.printf(
              "| %s | %s | %d | %s | %s | %s |%n",
              database.optionName(),
              count(history),
              workers,
              rateCell(database, history, Variant.RAW, workers),
              rateCell(database, history, Variant.OMNIBOX, workers),
              ratio(
                  median(database, history, Variant.OMNIBOX, workers),
                  median(database, history, Variant.RAW, workers)));
        }
      }
    }
    printShortClaims(out);
    long lost = measurements.stream().mapToLong(Measurement::lostLeases).sum();
    if (lost > 0) {
      out.printf(
          "%nWARNING: %d claimed rows were not completed because their lease was lost.%n", lost);
    }
    out.println();
  }

  private void printShortClaims(PrintStream out) {
    for (Database database : versions.keySet()) {
      for (Variant variant : options.variants()) {
        long batches = 0;
        long shortClaims = 0;
        for (Measurement m : measurements) {
          if (m.database() == database && m.variant() == variant) {
            batches += m.batches();
            shortClaims += m.shortClaims();
          }
        }
        if (shortClaims > 0) {
          out.printf(
              Locale.ROOT,
              "%nNote: on %s, %.0f %% of the %s claims (%,d of %,d) returned less than a full"
                  + " batch although due rows were left.%n",
              database.optionName(),
              100.0 * shortClaims / batches,
              variant.optionName(),
              shortClaims,
              batches);
        }
      }
    }
  }

  private void printHistoryEffect(PrintStream out) {
    out.printf(
        "## Effect of %s COMPLETED rows in the table (median rows/s)%n%n",
        count(options.historyRows()));
    out.println("| database | variant | workers | empty table | with history | change |");
    out.println("|---|---|---:|---:|---:|---:|");
    for (Database database : versions.keySet()) {
      for (Variant variant : options.variants()) {
        for (int workers : options.workerCounts()) {
          OptionalDouble empty = median(database, 0, variant, workers);
          OptionalDouble full = median(database, options.historyRows(), variant, workers);
          if (empty.isPresent() && full.isPresent()) {
            out.printf(
                Locale.ROOT,
                "| %s | %s | %d | %s | %s | %+.1f %% |%n",
                database.optionName(),
                variant.optionName(),
                workers,
                count(empty.getAsDouble()),
                count(full.getAsDouble()),
                (full.getAsDouble() / empty.getAsDouble() - 1) * 100);
          }
        }
      }
    }
    out.println();
  }

  private void printCalls(PrintStream out) {
    out.println("## JDBC calls per batch of claim and complete (one worker)");
    out.println();
    out.println(
        "| database | variant | statements | commits and rollbacks | setAutoCommit calls |");
    out.println("|---|---|---:|---:|---:|");
    calls.forEach(
        (key, perBatch) ->
            out.printf(
                Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f |%n",
                key,
                perBatch.statements(),
                perBatch.transactionEnds(),
                perBatch.autoCommitSwitches()));
    out.println();
  }

  private void printPlans(PrintStream out) {
    out.println("## Plans of the raw claim query");
    plans.forEach(
        (title, plan) -> {
          out.printf("%n### %s%n%n```%n%s```%n", title, plan);
        });
  }

  private List<Long> historyLevels() {
    return options.historyRows() > 0 ? List.of(0L, options.historyRows()) : List.of(0L);
  }

  private String rateCell(Database database, long history, Variant variant, int workers) {
    List<Double> rates = rates(database, history, variant, workers);
    if (rates.isEmpty()) {
      return "–";
    }
    return count(median(database, history, variant, workers).getAsDouble())
        + " ("
        + count(rates.get(0))
        + " to "
        + count(rates.get(rates.size() - 1))
        + ")";
  }

  private static String ratio(OptionalDouble numerator, OptionalDouble denominator) {
    if (numerator.isEmpty() || denominator.isEmpty()) {
      return "–";
    }
    return String.format(Locale.ROOT, "%.2f", numerator.getAsDouble() / denominator.getAsDouble());
  }

  private static String count(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  private static double totalMemoryGib() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean bean) {
      return bean.getTotalMemorySize() / (1024.0 * 1024 * 1024);
    }
    return Double.NaN;
  }
}
