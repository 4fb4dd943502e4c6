package dev.omnibox.ejb.outbox;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads omnibox settings by name: through MicroProfile Config when the server provides it, and from
 * system properties otherwise. MicroProfile Config reads system properties too, so a system
 * property works on every server.
 */
public final class OmniboxConfig {

  private static final String MICROPROFILE_CONFIG_CLASS =
      "org.eclipse.microprofile.config.ConfigProvider";

  private final Function<String, Optional<String>> lookup;

  /** Creates a configuration that reads values with {@code lookup}; empty means unset. */
  public OmniboxConfig(Function<String, Optional<String>> lookup) {
    this.lookup = Objects.requireNonNull(lookup, "lookup must not be null");
  }

  /** Returns the configuration of the running server or JVM. */
  public static OmniboxConfig fromEnvironment() {
    if (isMicroProfileConfigPresent() && MicroProfileLookup.isAvailable()) {
      return new OmniboxConfig(MicroProfileLookup::value);
    }
    return new OmniboxConfig(name -> Optional.ofNullable(System.getProperty(name)));
  }

  /** Returns the value of {@code name}, or empty when it is unset or blank. */
  public Optional<String> get(String name) {
    Objects.requireNonNull(name, "name must not be null");
    return lookup.apply(name).map(String::strip).filter(value -> !value.isEmpty());
  }

  public String get(String name, String defaultValue) {
    return get(name).orElse(defaultValue);
  }

  /**
   * Returns the boolean value of {@code name}, {@code true} or {@code false} in any case.
   *
   * @throws IllegalArgumentException when the value is neither
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
   * Returns the integer value of {@code name}.
   *
   * @throws IllegalArgumentException when the value is not an integer
   */
  public int getInt(String name, int defaultValue) {
    Optional<String> value = get(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      return Integer.parseInt(value.get());
    } catch (NumberFormatException e) {
      throw invalid(name, value.get(), "an integer such as 10");
    }
  }

  /**
   * Returns the duration value of {@code name}, in ISO-8601 form such as {@code PT30S}.
   *
   * @throws IllegalArgumentException when the value is not an ISO-8601 duration
   */
  public Duration getDuration(String name, Duration defaultValue) {
    Optional<String> value = get(name);
    if (value.isEmpty()) {
      return defaultValue;
    }
    try {
      return Duration.parse(value.get());
    } catch (DateTimeParseException e) {
      throw invalid(name, value.get(), "an ISO-8601 duration such as PT30S");
    }
  }

  private static IllegalArgumentException invalid(String name, String value, String expected) {
    return new IllegalArgumentException(
        "Setting " + name + " has the invalid value '" + value + "'. Set it to " + expected + ".");
  }

  private static boolean isMicroProfileConfigPresent() {
    try {
      Class.forName(MICROPROFILE_CONFIG_CLASS, false, OmniboxConfig.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** Loaded only when MicroProfile Config is on the class path. */
  private static final class MicroProfileLookup {

    /** Returns whether an implementation is installed, which the API alone does not ensure. */
    static boolean isAvailable() {
      try {
        ConfigProvider.getConfig();
        return true;
      } catch (IllegalStateException | ServiceConfigurationError e) {
        return false;
      }
    }

    static Optional<String> value(String name) {
      return ConfigProvider.getConfig().getOptionalValue(name, String.class);
    }
  }
}
