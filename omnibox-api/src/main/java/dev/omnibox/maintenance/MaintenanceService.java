package dev.omnibox.maintenance;

import dev.omnibox.spi.EventRepository;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OutboxRepository;
import java.lang.invoke.MethodHandles;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;
import org.jboss.logging.Logger;

/**
 * Releases stale leases and deletes old COMPLETED events on the outbox and inbox repositories.
 *
 * <p>Each task runs in batches of {@link MaintenanceOptions#batchSize()} rows and repeats until a
 * batch changes fewer rows than the batch size or {@link MaintenanceOptions#maxIterations()}
 * batches ran. A task that fails is logged and reported, and the other tasks still run. The
 * retention cutoff is the injected clock's time minus {@link MaintenanceOptions#retention()}. Stale
 * leases are measured by the repository, with the database clock where it has one.
 *
 * <p>Instances are thread-safe, but runs should not overlap: schedule one run at a time.
 */
public final class MaintenanceService {

  private static final MaintenanceLogger LOG =
      Logger.getMessageLogger(
          MethodHandles.lookup(),
          MaintenanceLogger.class,
          MaintenanceService.class.getPackageName());

  private final Clock clock;
  private final MaintenanceOptions options;
  private final Map<String, EventRepository<?>> repositories;

  private MaintenanceService(Builder builder) {
    this.clock = builder.clock;
    this.options = builder.options;
    this.repositories = Collections.unmodifiableMap(new LinkedHashMap<>(builder.repositories));
  }

  public static Builder builder() {
    return new Builder();
  }

  public MaintenanceOptions options() {
    return options;
  }

  /** Runs every task on every repository once and returns what each did. */
  public MaintenanceReport run() {
    Instant startedAt = clock.instant();
    Instant cutoff = startedAt.minus(options.retention());
    LOG.runStarted(options.staleLockTtl(), cutoff, options.batchSize(), options.maxIterations());

    List<TaskReport> reports = new ArrayList<>();
    for (Map.Entry<String, EventRepository<?>> entry : repositories.entrySet()) {
      String name = entry.getKey();
      EventRepository<?> repository = entry.getValue();
      reports.add(
          runTask(
              name,
              MaintenanceTask.RELEASE_STALE_LOCKS,
              () -> repository.releaseStaleLocks(options.staleLockTtl(), options.batchSize())));
      reports.add(
          runTask(
              name,
              MaintenanceTask.DELETE_COMPLETED,
              () -> repository.deleteCompletedBefore(cutoff, options.batchSize())));
    }
    return new MaintenanceReport(startedAt, cutoff, reports);
  }

  private TaskReport runTask(String repository, MaintenanceTask task, IntSupplier batch) {
    int rows = 0;
    int iterations = 0;
    try {
      while (iterations < options.maxIterations()) {
        int changed = batch.getAsInt();
        iterations++;
        rows += changed;
        if (changed < options.batchSize()) {
          logDone(repository, task, rows, iterations);
          return new TaskReport(repository, task, rows, iterations, false, null);
        }
      }
    } catch (RuntimeException e) {
      LOG.taskFailed(repository, task, iterations + 1, rows, e);
      return new TaskReport(repository, task, rows, iterations, false, e);
    }
    LOG.taskStoppedAtLimit(repository, task, iterations, rows);
    return new TaskReport(repository, task, rows, iterations, true, null);
  }

  private static void logDone(String repository, MaintenanceTask task, int rows, int iterations) {
    if (rows > 0) {
      LOG.taskDone(repository, task, rows, iterations);
    } else {
      LOG.debugf("Maintenance of %s: %s found nothing to do", repository, task);
    }
  }

  /** Collects the clock, the options and the repositories to maintain. */
  public static final class Builder {

    private Clock clock = Clock.systemUTC();
    private MaintenanceOptions options = MaintenanceOptions.defaults();
    private final Map<String, EventRepository<?>> repositories = new LinkedHashMap<>();

    private Builder() {}

    /** The clock that sets the retention cutoff; the system UTC clock by default. */
    public Builder clock(Clock newClock) {
      this.clock = Objects.requireNonNull(newClock, "clock must not be null");
      return this;
    }

    public Builder options(MaintenanceOptions newOptions) {
      this.options = Objects.requireNonNull(newOptions, "options must not be null");
      return this;
    }

    /** Adds the outbox repository under the name {@code "outbox"}. */
    public Builder outbox(OutboxRepository repository) {
      return repository("outbox", repository);
    }

    /** Adds the inbox repository under the name {@code "inbox"}. */
    public Builder inbox(InboxRepository repository) {
      return repository("inbox", repository);
    }

    /** Adds a repository under a name that logs and reports use; names must be unique. */
    public Builder repository(String name, EventRepository<?> repository) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException(
            "repository name must not be blank, but was '" + name + "'");
      }
      Objects.requireNonNull(repository, () -> "repository '" + name + "' must not be null");
      if (repositories.putIfAbsent(name, repository) != null) {
        throw new IllegalArgumentException(
            "repository name '" + name + "' is already used; give each repository its own name");
      }
      return this;
    }

    /**
     * Creates the service.
     *
     * @throws IllegalStateException when no repository was added
     */
    public MaintenanceService build() {
      if (repositories.isEmpty()) {
        throw new IllegalStateException(
            "no repository to maintain; add one with outbox(), inbox() or repository()");
      }
      return new MaintenanceService(this);
    }
  }
}
