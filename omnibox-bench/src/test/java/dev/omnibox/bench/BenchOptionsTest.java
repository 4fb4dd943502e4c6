package dev.omnibox.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void noArguments_fullPreset() {
    BenchOptions options = BenchOptions.parse();

    assertThat(options.historyRows()).isEqualTo(5_000_000);
    assertThat(options.rounds()).isEqualTo(5);
    assertThat(options.workerCounts()).containsExactly(1, 2, 4);
    assertThat(options.batchSize()).isEqualTo(100);
    assertThat(options.databases()).containsExactly(Database.values());
    assertThat(options.url(Database.POSTGRESQL)).contains("/omnibox_bench");
  }

  @Test
  void quickPreset_overriddenWherever() {
    BenchOptions options =
        BenchOptions.parse("--history=1_000", "--preset=quick", "--workers=2,4", "--measure=7");

    assertThat(options.historyRows()).isEqualTo(1_000);
    assertThat(options.rounds()).isEqualTo(2);
    assertThat(options.initialSupply()).isEqualTo(50_000);
    assertThat(options.workerCounts()).isEqualTo(List.of(2, 4));
    assertThat(options.measurement()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void databasesAndUrls_parsed() {
    BenchOptions options =
        BenchOptions.parse("--databases=H2,mariadb", "--url.h2=jdbc:h2:mem:other_bench");

    assertThat(options.databases()).containsExactly(Database.H2, Database.MARIADB);
    assertThat(options.url(Database.H2)).isEqualTo("jdbc:h2:mem:other_bench");
  }

  @Test
  void unknownOption_rejectedWithUsage() {
    assertThatThrownBy(() -> BenchOptions.parse("--histroy=5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--histroy")
        .hasMessageContaining("Usage");
  }

  @Test
  void invalidValues_rejectedWithFix() {
    assertThatThrownBy(() -> BenchOptions.parse("--batch=0"))
        .hasMessageContaining("--batch=0")
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> BenchOptions.parse("--rounds=many"))
        .hasMessageContaining("whole number");
    assertThatThrownBy(() -> BenchOptions.parse("--databases=oracle"))
        .hasMessageContaining("postgresql, mariadb, h2");
    assertThatThrownBy(() -> BenchOptions.parse("history=5")).hasMessageContaining("--name=value");
  }
}
