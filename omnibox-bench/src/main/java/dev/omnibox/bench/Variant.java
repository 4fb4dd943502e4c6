package dev.omnibox.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A claim-and-complete implementation under measurement. */
public enum Variant {
  /** The claim and the completion written by hand in plain JDBC: the limit omnibox aims at. */
  RAW("raw"),
  /** The omnibox outbox repository. */
  OMNIBOX("omnibox");

  private final String optionName;

  Variant(String optionName) {
    this.optionName = optionName;
  }

  /**
   * Returns the variant named {@code name} as written in the options.
   *
   * @throws IllegalArgumentException when no variant has that name
   */
  public static Variant fromName(String name) {
    return Arrays.stream(values())
        .filter(variant -> variant.optionName.equals(name.toLowerCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown variant '"
                        + name
                        + "': use one of "
                        + Arrays.stream(values())
                            .map(Variant::optionName)
                            .collect(Collectors.joining(", "))));
  }

  public String optionName() {
    return optionName;
  }
}
