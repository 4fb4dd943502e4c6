package dev.omnibox.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  private final BenchOptions options =
      BenchOptions.parse("--databases=postgresql", "--workers=1", "--history=1000");
  private final BenchReport report = new BenchReport(options);

  @Test
  void median_oddAndEvenRounds() {
    add(0, Variant.RAW, 1, 300);
    add(0, Variant.RAW, 2, 100);
    add(0, Variant.RAW, 3, 200);
    add(0, Variant.OMNIBOX, 1, 100);
    add(0, Variant.OMNIBOX, 2, 200);

    assertThat(report.median(Database.POSTGRESQL, 0, Variant.RAW, 1)).hasValue(200);
    assertThat(report.median(Database.POSTGRESQL, 0, Variant.OMNIBOX, 1)).hasValue(150);
    assertThat(report.median(Database.POSTGRESQL, 1000, Variant.RAW, 1)).isEmpty();
  }

  @Test
  void print_ratioAndHistoryChange() {
    report.databaseVersion(Database.POSTGRESQL, "PostgreSQL 15");
    add(0, Variant.RAW, 1, 10_000);
    add(0, Variant.OMNIBOX, 1, 8_500);
    add(1000, Variant.RAW, 1, 9_500);
    add(1000, Variant.OMNIBOX, 1, 8_000);

    String text = print();

    assertThat(text).contains("| postgresql | 0 | 1 | 10,000 (10,000 to 10,000) | 8,500");
    assertThat(text).contains("| 0.85 |");
    assertThat(text).contains("| postgresql | raw | 1 | 10,000 | 9,500 | -5.0 % |");
    assertThat(text).contains("| postgresql | omnibox | 1 | 8,500 | 8,000 | -5.9 % |");
  }

  private void add(long history, Variant variant, int round, double rate) {
    report.add(new Measurement(Database.POSTGRESQL, history, variant, 1, round, rate, 10, 0, 0));
  }

  private String print() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    report.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
