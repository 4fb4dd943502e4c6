package dev.omnibox.schema;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Schema version made of dot-separated non-negative integers without leading zeros, such as {@code
 * 1}, {@code 1.2} or {@code 1.2.0}.
 *
 * <p>Versions are ordered segment by segment as numbers, so {@code 2.0 < 10.0}. When one version's
 * segments are a prefix of the other's, the shorter one comes first ({@code 1.0 < 1.0.0}). Two
 * versions are equal only when their texts are equal.
 *
 * <p>A version is a <em>prefix</em> of another when its segments equal the leading segments of the
 * other: {@code 1} is a prefix of {@code 1.2.0} and of {@code 1}, but not of {@code 10.0}.
 */
public final class SchemaVersion implements Comparable<SchemaVersion> {

  private static final Pattern FORMAT = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*");

  private final String text;
  private final List<String> segments;

  private SchemaVersion(String text) {
    this.text = text;
    this.segments = List.of(text.split("\\."));
  }

  /**
   * Parses {@code text}.
   *
   * @throws IllegalArgumentException when {@code text} is null or not of the form {@code 1.2.0}
   */
  public static SchemaVersion parse(String text) {
    return tryParse(text).orElseThrow(() -> SchemaLogger.LOG.invalidVersion(text));
  }

  /** Parses {@code text}, or returns empty when it is null or not a valid version. */
  public static Optional<SchemaVersion> tryParse(String text) {
    if (text == null || !FORMAT.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(new SchemaVersion(text));
  }

  /** Returns whether every segment of this version equals the segment at the same position. */
  public boolean isPrefixOf(SchemaVersion other) {
    return segments.size() <= other.segments.size()
        && segments.equals(other.segments.subList(0, segments.size()));
  }

  /** Number of segments: 3 for {@code 1.2.0}. */
  public int segmentCount() {
    return segments.size();
  }

  @Override
  public int compareTo(SchemaVersion other) {
    int shared = Math.min(segments.size(), other.segments.size());
    for (int i = 0; i < shared; i++) {
      int order = compareNumbers(segments.get(i), other.segments.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(segments.size(), other.segments.size());
  }

  // Segments have no leading zeros, so a longer digit string is a larger number. Comparing the
  // digits as text avoids overflow for segments beyond the range of long.
  private static int compareNumbers(String left, String right) {
    if (left.length() != right.length()) {
      return Integer.compare(left.length(), right.length());
    }
    return left.compareTo(right);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SchemaVersion version && text.equals(version.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** Returns the version text, such as {@code 1.2.0}. */
  @Override
  public String toString() {
    return text;
  }
}
