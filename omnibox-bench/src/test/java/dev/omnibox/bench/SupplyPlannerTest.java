package dev.omnibox.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SupplyPlannerTest {

  private final SupplyPlanner planner =
      new SupplyPlanner(200_000, 20_000, Duration.ofSeconds(2), Duration.ofSeconds(8));

  @Test
  void firstRound_usesInitialSupply() {
    assertThat(planner.nextSupply()).isEqualTo(200_000);
  }

  @Test
  void measuredRate_sizesFastestRoundWithMargin() {
    planner.measured(10_000);
    planner.measured(4_000);

    assertThat(planner.nextSupply()).isEqualTo(150_000);
  }

  @Test
  void slowRate_keepsMinimum() {
    planner.measured(100);

    assertThat(planner.nextSupply()).isEqualTo(20_000);
  }

  @Test
  void ranOut_doublesSupply() {
    planner.ranOut(200_000);

    assertThat(planner.nextSupply()).isEqualTo(400_000);
  }
}
