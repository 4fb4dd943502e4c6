package dev.omnibox.it.bench;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sizes of one benchmark run, read from system properties of the server JVM, which the {@code
 * benchmark} profile sets: {@value #PRESET} ({@code quick} or {@code full}) and {@value #FIGURES}.
 */
final class BenchSettings {

  static final String PRESET = "omnibox.bench.preset";
  static final String FIGURES = "omnibox.bench.figures";
  static final String RESULTS = "omnibox.bench.results";

  static final String WRITE = "write";
  static final String RELAY = "relay";
  static final String INBOX = "inbox";
  static final String LATENCY = "latency";
  static final String HISTORY = "history";

  private static final List<String> ALL_FIGURES = List.of(WRITE, RELAY, INBOX, LATENCY, HISTORY);

  private final boolean full;
  private final Set<String> figures;

  private BenchSettings(boolean full, Set<String> figures) {
    this.full = full;
    this.figures = figures;
  }

  /**
   * Reads the settings from the system properties.
   *
   * @throws IllegalArgumentException when the preset or a figure name is not one of the known ones
   */
  static BenchSettings fromSystemProperties() {
    String preset = System.getProperty(PRESET, "quick").strip().toLowerCase(Locale.ROOT);
    if (!preset.equals("quick") && !preset.equals("full")) {
      throw new IllegalArgumentException(
          PRESET + " '" + preset + "' is invalid; use quick or full");
    }
    String figureList = System.getProperty(FIGURES, "all").strip().toLowerCase(Locale.ROOT);
    Set<String> figures = new LinkedHashSet<>();
    for (String figure : figureList.split(",")) {
      String name = figure.strip();
      if (name.equals("all")) {
        figures.addAll(ALL_FIGURES);
      } else if (ALL_FIGURES.contains(name)) {
        figures.add(name);
      } else if (!name.isEmpty()) {
        throw new IllegalArgumentException(
            FIGURES
                + " contains the unknown figure '"
                + name
                + "'; use all or some of "
                + ALL_FIGURES);
      }
    }
    return new BenchSettings(preset.equals("full"), figures);
  }

  /** Returns whether the run selects {@code figure}; for JUnit's {@code @EnabledIf}. */
  static boolean selected(String figure) {
    return fromSystemProperties().includes(figure);
  }

  String preset() {
    return full ? "full" : "quick";
  }

  boolean includes(String figure) {
    return figures.contains(figure);
  }

  /** Concurrent clients of the write and latency figures. */
  int clients() {
    return 4;
  }

  /** Rounds of the write figure; each round runs every variant once, in turn. */
  int writeRounds() {
    return full ? 3 : 2;
  }

  Duration writeWarmup() {
    return full ? Duration.ofSeconds(5) : Duration.ofSeconds(2);
  }

  Duration writeMeasure() {
    return full ? Duration.ofSeconds(20) : Duration.ofSeconds(5);
  }

  /** Pending events pre-filled for each relay configuration. */
  int relayEvents() {
    return full ? 200_000 : 20_000;
  }

  List<Integer> relayBatchSizes() {
    return List.of(100, 500);
  }

  List<Integer> relayPartitions() {
    return List.of(1, 2, 4);
  }

  /** Partition counts of the history figure; the quick preset runs only 2. */
  List<Integer> historyPartitions() {
    return full ? List.of(1, 2, 4) : List.of(2);
  }

  /** Completed rows in the table before the history figure repeats the relay figure. */
  int historyRows() {
    return full ? 5_000_000 : 500_000;
  }

  /** Messages pre-filled in the inbox queue, duplicates included. */
  int inboxMessages() {
    return full ? 100_000 : 10_000;
  }

  /** Events committed per second in the latency figure. */
  int latencyRate() {
    return 1_000;
  }

  Duration latencyDuration() {
    return full ? Duration.ofSeconds(60) : Duration.ofSeconds(15);
  }

  @Override
  public String toString() {
    return "preset " + preset() + ", figures " + Arrays.toString(figures.toArray());
  }
}
