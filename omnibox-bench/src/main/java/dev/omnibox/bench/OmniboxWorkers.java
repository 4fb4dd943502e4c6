package dev.omnibox.bench;

import java.util.Optional;

/** Workers that claim and complete through the omnibox outbox repository. */
final class OmniboxWorkers {

  private OmniboxWorkers() {}

  /** Returns the factory of omnibox workers, or empty when the variant cannot run here. */
  static Optional<WorkerFactory> factory(
      Database database, BenchOptions options, BenchReport report) {
    // TODO: the omnibox repositories are not in this build yet, so only raw JDBC is measured.
    report.unavailable(Variant.OMNIBOX, "the omnibox outbox repository is not in this build yet");
    return Optional.empty();
  }
}
