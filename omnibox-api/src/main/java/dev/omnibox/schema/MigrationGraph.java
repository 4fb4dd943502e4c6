package dev.omnibox.schema;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Immutable directed graph of the migrations of one event type, with versions as nodes and
 * migrations as edges. Adding an edge returns a new graph, so readers never see a partial update.
 */
final class MigrationGraph {

  static final MigrationGraph EMPTY = new MigrationGraph(new TreeMap<>());

  /** One migration on a path, from one version to the next. */
  record Step(SchemaVersion from, SchemaVersion to, PayloadMigration migration) {

    @Override
    public String toString() {
      return from + " -> " + to;
    }
  }

  private final NavigableMap<SchemaVersion, NavigableMap<SchemaVersion, PayloadMigration>> edges;

  private MigrationGraph(
      NavigableMap<SchemaVersion, NavigableMap<SchemaVersion, PayloadMigration>> edges) {
    this.edges = edges;
  }

  boolean contains(SchemaVersion from, SchemaVersion to) {
    return edges.containsKey(from) && edges.get(from).containsKey(to);
  }

  MigrationGraph with(SchemaVersion from, SchemaVersion to, PayloadMigration migration) {
    NavigableMap<SchemaVersion, NavigableMap<SchemaVersion, PayloadMigration>> copy =
        new TreeMap<>();
    edges.forEach((source, targets) -> copy.put(source, new TreeMap<>(targets)));
    copy.computeIfAbsent(from, version -> new TreeMap<>()).put(to, migration);
    return new MigrationGraph(copy);
  }

  /** Returns every version that is the source or target of a migration. */
  NavigableSet<SchemaVersion> versions() {
    NavigableSet<SchemaVersion> versions = new TreeSet<>(edges.keySet());
    edges.values().forEach(targets -> versions.addAll(targets.keySet()));
    return versions;
  }

  /**
   * Finds the path with the fewest steps from {@code from} to {@code to} by breadth-first search.
   * Among paths of equal length, the one through lower versions wins, so the result does not depend
   * on registration order. Returns an empty list when both versions are equal and empty when no
   * path exists.
   */
  Optional<List<Step>> shortestPath(SchemaVersion from, SchemaVersion to) {
    Map<SchemaVersion, Step> reachedBy = new HashMap<>();
    Queue<SchemaVersion> queue = new ArrayDeque<>();
    queue.add(from);
    while (!queue.isEmpty()) {
      SchemaVersion current = queue.remove();
      if (current.equals(to)) {
        return Optional.of(pathTo(to, from, reachedBy));
      }
      edges
          .getOrDefault(current, Collections.emptyNavigableMap())
          .forEach(
              (next, migration) -> {
                if (!next.equals(from) && !reachedBy.containsKey(next)) {
                  reachedBy.put(next, new Step(current, next, migration));
                  queue.add(next);
                }
              });
    }
    return Optional.empty();
  }

  private static List<Step> pathTo(
      SchemaVersion to, SchemaVersion from, Map<SchemaVersion, Step> reachedBy) {
    List<Step> path = new ArrayList<>();
    for (SchemaVersion version = to; !version.equals(from); ) {
      Step step = reachedBy.get(version);
      path.add(0, step);
      version = step.from();
    }
    return path;
  }

  /** Lists every migration as {@code from -> to}, ordered by source and then target version. */
  List<String> describe() {
    List<String> lines = new ArrayList<>();
    edges.forEach((from, targets) -> targets.keySet().forEach(to -> lines.add(from + " -> " + to)));
    return lines;
  }
}
