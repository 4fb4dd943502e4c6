package dev.omnibox.it.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Markdown report of a benchmark run. Code in the server appends one section per figure to the
 * file named by {@value BenchSettings#RESULTS}; the test JVM prints the file after each class. A
 * file older than the server JVM belongs to an earlier run and is replaced.
 */
final class BenchReport {

  private final String title;
  private final List<String> lines = new ArrayList<>();

  BenchReport(String title) {
    this.title = title;
  }

  /** Adds a line of text, or of a Markdown table. */
  BenchReport line(String text) {
    lines.add(text);
    return this;
  }

  /** Adds a table row of cells. */
  BenchReport row(Object... cells) {
    StringBuilder row = new StringBuilder("|");
    for (Object cell : cells) {
      row.append(' ').append(cell).append(" |");
    }
    return line(row.toString());
  }

  /** Adds a table header and its separator line. */
  BenchReport header(String... cells) {
    row((Object[]) cells);
    return line("|" + "---|".repeat(cells.length));
  }

  /** Returns a line with the time, preset and the 1-minute load average of the machine. */
  static String conditions(BenchSettings settings) {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return String.format(
        Locale.ROOT,
        "Measured %s, preset %s, %d cores, load average (1 min) %.2f at the end.",
        Instant.now().truncatedTo(ChronoUnit.SECONDS),
        settings.preset(),
        Runtime.getRuntime().availableProcessors(),
        load);
  }

  /** Appends the section to the results file and writes it to standard output (server log). */
  synchronized void write() {
    StringBuilder text = new StringBuilder("\n## ").append(title).append("\n\n");
    for (String line : lines) {
      text.append(line).append('\n');
    }
    System.out.println(text);
    String file = System.getProperty(BenchSettings.RESULTS);
    if (file == null || file.isBlank()) {
      return;
    }
    appendTo(Path.of(file), text.toString());
  }

  private static synchronized void appendTo(Path file, String text) {
    try {
      long serverStart = ManagementFactory.getRuntimeMXBean().getStartTime();
      boolean stale =
          Files.exists(file) && Files.getLastModifiedTime(file).toMillis() < serverStart;
      if (!Files.exists(file) || stale) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, "# omnibox end-to-end benchmark\n", StandardCharsets.UTF_8);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("failed to write the benchmark results to " + file, e);
    }
  }

  /** Prints the results file, from the test JVM, where the profile sets its path too. */
  static void printResultsFile() {
    String file = System.getProperty(BenchSettings.RESULTS);
    if (file == null || !Files.exists(Path.of(file))) {
      return;
    }
    try {
      System.out.println(Files.readString(Path.of(file), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("failed to read the benchmark results " + file, e);
    }
  }

  static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
