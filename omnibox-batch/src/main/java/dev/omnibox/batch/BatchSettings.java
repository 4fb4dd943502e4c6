package dev.omnibox.batch;

import dev.omnibox.ejb.outbox.OmniboxConfig;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The scheduler's settings, read by name through MicroProfile Config when the server has it, and
 * from system properties otherwise (MicroProfile Config reads system properties too). Every setting
 * has a default; {@code docs/batch.md} lists them all.
 *
 * @since 0.1
 */
public final class BatchSettings {

  /** Whether the scheduler starts and watches the jobs; default true. */
  public static final String SCHEDULER_ENABLED = "omnibox.batch.scheduler.enabled";

  /** How often the scheduler checks the relay and dispatch jobs; default PT30S. */
  public static final String WATCH_INTERVAL = "omnibox.batch.watch-interval";

  /** Whether the scheduler runs the outbox relay; default true. */
  public static final String RELAY_ENABLED = "omnibox.batch.relay.enabled";

  /** Consumer groups that get an inbox dispatch job, comma-separated; default none. */
  public static final String DISPATCH_GROUPS = "omnibox.batch.dispatch.consumer-groups";

  /** Whether the scheduler runs maintenance; default true. */
  public static final String MAINTENANCE_ENABLED = "omnibox.batch.maintenance.enabled";

  /** Time between maintenance runs; default PT1H. */
  public static final String MAINTENANCE_INTERVAL = "omnibox.batch.maintenance.interval";

  /** Prefix of the relay's job parameters, for example {@code omnibox.batch.relay.itemCount}. */
  public static final String RELAY_PREFIX = "omnibox.batch.relay.";

  /** Prefix of the dispatch jobs' parameters, shared by all consumer groups. */
  public static final String DISPATCH_PREFIX = "omnibox.batch.dispatch.";

  /** Prefix of the maintenance job's parameters, for example {@code ...maintenance.retention}. */
  public static final String MAINTENANCE_PREFIX = "omnibox.batch.maintenance.";

  private final Function<String, Optional<String>> lookup;

  /** Creates settings that read values with {@code lookup}; empty means unset. */
  public BatchSettings(Function<String, Optional<String>> lookup) {
    this.lookup = Objects.requireNonNull(lookup, "lookup must not be null");
  }

  /** Returns the settings of the running server or JVM, read as {@link OmniboxConfig} reads. */
  public static BatchSettings fromEnvironment() {
    return new BatchSettings(OmniboxConfig.fromEnvironment()::get);
  }

  /** Returns the value of {@code name}, or empty when it is unset or blank. */
  public Optional<String> get(String name) {
    Objects.requireNonNull(name, "name must not be null");
    return lookup.apply(name).map(String::strip).filter(value -> !value.isEmpty());
  }

  /**
   * Returns the boolean value of {@code name}.
   *
   * @throws IllegalArgumentException when the value is neither true nor false
   */
  public boolean getBoolean(String name, boolean defaultValue) {
    Optional<String> value = get(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    String text = value.get();
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    throw invalid(name, text, "true or false");
  }

  /**
   * Returns the positive duration value of {@code name}, in ISO-8601 form such as {@code PT30S}.
   *
   * @throws IllegalArgumentException when the value is not a positive ISO-8601 duration
   */
  public Duration getDuration(String name, Duration defaultValue) {
    Optional<String> value = get(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      Duration parsed = Duration.parse(value.get());
      if (!parsed.isNegative() && !parsed.isZero()) {
        return parsed;
      }
    } catch (DateTimeParseException e) {
      // Reported below with the expected form.
    }
    throw invalid(name, value.get(), "a positive ISO-8601 duration such as PT30S");
  }

  /**
   * Returns the job parameters among {@code names} that are set as {@code prefix + name}, for
   * example {@code omnibox.batch.relay.itemCount}; the job XML supplies defaults for the others.
   */
  public Properties jobParameters(String prefix, List<String> names) {
    Properties parameters = new Properties();
    for (String name : names) {
      get(prefix + name).ifPresent(value -> parameters.setProperty(name, value));
    }
    return parameters;
  }

  private static IllegalArgumentException invalid(String name, String value, String expected) {
    return new IllegalArgumentException(
        "Setting " + name + " has the invalid value '" + value + "'. Set it to " + expected + ".");
  }
}
