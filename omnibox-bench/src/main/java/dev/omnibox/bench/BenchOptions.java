package dev.omnibox.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Settings of one benchmark run, read from {@code --name=value} arguments on top of a preset.
 *
 * @param databases the databases to measure, in order
 * @param variants the claim-and-complete implementations to compare
 * @param workerCounts the numbers of concurrent workers, each on its own connection
 * @param batchSize the rows claimed and completed per batch
 * @param historyRows the COMPLETED rows loaded before the second pass; 0 skips that pass
 * @param rounds the measured rounds per variant and worker count
 * @param warmup the time each round runs before it counts rows
 * @param measurement the time each round counts rows
 * @param leaseTtl the lease written by each claim
 * @param initialSupply the PENDING rows loaded for a round before any rate is known
 * @param urls the JDBC URL of each database whose table has no history
 * @param historyUrls the JDBC URL of each database whose table gets the history rows
 */
public record BenchOptions(
    List<Database> databases,
    List<Variant> variants,
    List<Integer> workerCounts,
    int batchSize,
    long historyRows,
    int rounds,
    Duration warmup,
    Duration measurement,
    Duration leaseTtl,
    long initialSupply,
    Map<Database, String> urls,
    Map<Database, String> historyUrls) {

  static final String USAGE =
      """
      Usage: java -jar benchmarks.jar [--name=value ...]
        --preset=quick|full        starting values for the settings below (default full)
        --databases=postgresql,mariadb,h2
        --variants=raw,omnibox
        --workers=1,2,4            concurrent workers, each on its own connection
        --batch=100                rows per claim
        --history=5000000          COMPLETED rows loaded for the second pass (0 skips it)
        --rounds=5                 measured rounds per variant and worker count
        --warmup=3                 seconds each round runs before it counts rows
        --measure=10               seconds each round counts rows
        --lease=60                 lease TTL in seconds
        --supply=50000             PENDING rows of the first round; later rounds size it
                                   from the measured rate
        --url.postgresql=... --url.mariadb=... --url.h2=...
                                   JDBC URLs of the databases that stay without history
                                   (default: local database omnibox_bench)
        --history-url.postgresql=... --history-url.mariadb=... --history-url.h2=...
                                   JDBC URLs of the databases that get the history rows
                                   (default: local database omnibox_bench_history)
      """;

  public BenchOptions {
    requireNotEmpty("databases", databases);
    requireNotEmpty("variants", variants);
    requireNotEmpty("workers", workerCounts);
    workerCounts.forEach(count -> requireAtLeast("workers", count, 1));
    requireAtLeast("batch", batchSize, 1);
    requireAtLeast("history", historyRows, 0);
    requireAtLeast("rounds", rounds, 1);
    requireAtLeast("supply", initialSupply, batchSize);
    requireAtLeast("warmup", warmup.toSeconds(), 0);
    requireAtLeast("measure", measurement.toSeconds(), 1);
    requireAtLeast("lease", leaseTtl.toSeconds(), 1);
    databases = List.copyOf(databases);
    variants = List.copyOf(variants);
    workerCounts = List.copyOf(workerCounts);
    urls = Map.copyOf(urls);
    historyUrls = Map.copyOf(historyUrls);
  }

  /** Returns the full setting: 5 million history rows, 5 rounds of 3 + 10 seconds. */
  public static BenchOptions full() {
    return preset("full").build();
  }

  /** Returns the quick setting: 200,000 history rows, 2 rounds of 1 + 3 seconds. */
  public static BenchOptions quick() {
    return preset("quick").build();
  }

  /**
   * Reads {@code --name=value} arguments. {@code --preset} is applied first, wherever it is in the
   * list.
   *
   * @throws IllegalArgumentException on an unknown name or an invalid value, with the usage text
   */
  public static BenchOptions parse(String... args) {
    Map<String, String> values = toMap(args);
    Builder builder = preset(values.getOrDefault("preset", "full"));
    values.remove("preset");
    values.forEach(builder::set);
    return builder.build();
  }

  public String url(Database database) {
    return urls.get(database);
  }

  public String historyUrl(Database database) {
    return historyUrls.get(database);
  }

  private static Builder preset(String name) {
    Builder builder = new Builder();
    switch (name) {
      case "full" -> {
        builder.historyRows = 5_000_000;
        builder.rounds = 5;
        builder.warmup = Duration.ofSeconds(3);
        builder.measurement = Duration.ofSeconds(10);
      }
      case "quick" -> {
        builder.historyRows = 200_000;
        builder.rounds = 2;
        builder.warmup = Duration.ofSeconds(1);
        builder.measurement = Duration.ofSeconds(3);
      }
      default -> throw invalid("preset", name, "use quick or full");
    }
    return builder;
  }

  /** Mutable settings while the arguments are read. */
  private static final class Builder {
    private List<Database> databases = List.of(Database.values());
    private List<Variant> variants = List.of(Variant.values());
    private List<Integer> workerCounts = List.of(1, 2, 4);
    private int batchSize = 100;
    private long historyRows;
    private int rounds;
    private Duration warmup;
    private Duration measurement;
    private Duration leaseTtl = Duration.ofSeconds(60);
    private long initialSupply = 50_000;
    private final Map<Database, String> urls = new EnumMap<>(Database.class);
    private final Map<Database, String> historyUrls = new EnumMap<>(Database.class);

    private Builder() {
      for (Database database : Database.values()) {
        urls.put(database, database.defaultUrl());
        historyUrls.put(database, database.defaultHistoryUrl());
      }
    }

    private void set(String name, String value) {
      if (name.startsWith("url.")) {
        urls.put(Database.fromName(name.substring("url.".length())), value);
        return;
      }
      if (name.startsWith("history-url.")) {
        historyUrls.put(Database.fromName(name.substring("history-url.".length())), value);
        return;
      }
      switch (name) {
        case "databases" -> databases = list(value, Database::fromName);
        case "variants" -> variants = list(value, Variant::fromName);
        case "workers" -> workerCounts = list(value, text -> (int) number(name, text));
        case "batch" -> batchSize = (int) number(name, value);
        case "history" -> historyRows = number(name, value);
        case "rounds" -> rounds = (int) number(name, value);
        case "warmup" -> warmup = Duration.ofSeconds(number(name, value));
        case "measure" -> measurement = Duration.ofSeconds(number(name, value));
        case "lease" -> leaseTtl = Duration.ofSeconds(number(name, value));
        case "supply" -> initialSupply = number(name, value);
        default -> throw new IllegalArgumentException("Unknown option --" + name + "\n" + USAGE);
      }
    }

    private BenchOptions build() {
      return new BenchOptions(
          databases,
          variants,
          workerCounts,
          batchSize,
          historyRows,
          rounds,
          warmup,
          measurement,
          leaseTtl,
          initialSupply,
          urls,
          historyUrls);
    }
  }

  private static Map<String, String> toMap(String... args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String arg : args) {
      int equals = arg.indexOf('=');
      if (!arg.startsWith("--") || equals < 3) {
        throw new IllegalArgumentException(
            "Invalid argument '" + arg + "': expected --name=value\n" + USAGE);
      }
      values.put(arg.substring(2, equals), arg.substring(equals + 1));
    }
    return values;
  }

  private static <T> List<T> list(String value, Function<String, T> parser) {
    List<T> items = new ArrayList<>();
    Arrays.stream(value.split(","))
        .map(String::trim)
        .filter(item -> !item.isEmpty())
        .forEach(item -> items.add(parser.apply(item.toLowerCase(Locale.ROOT))));
    return items;
  }

  private static long number(String name, String value) {
    try {
      return Long.parseLong(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw invalid(name, value, "use a whole number");
    }
  }

  private static void requireNotEmpty(String name, List<?> values) {
    if (values == null || values.isEmpty()) {
      throw invalid(name, String.valueOf(values), "list at least one value");
    }
  }

  private static void requireAtLeast(String name, long value, long minimum) {
    if (value < minimum) {
      throw invalid(name, String.valueOf(value), "use at least " + minimum);
    }
  }

  private static IllegalArgumentException invalid(String name, String value, String fix) {
    return new IllegalArgumentException(
        "Invalid --" + name + "=" + value + ": " + fix + "\n" + USAGE);
  }
}
