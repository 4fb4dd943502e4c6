package dev.omnibox.schema;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;

/** Immutable registrations of one event type: its payload records by version and its migrations. */
record TypeSchemas(NavigableMap<SchemaVersion, ResolvedSchema> records, MigrationGraph migrations) {

  static final TypeSchemas EMPTY =
      new TypeSchemas(Collections.emptyNavigableMap(), MigrationGraph.EMPTY);

  TypeSchemas withRecord(SchemaVersion version, ResolvedSchema schema) {
    NavigableMap<SchemaVersion, ResolvedSchema> copy = new TreeMap<>(records);
    copy.put(version, schema);
    return new TypeSchemas(Collections.unmodifiableNavigableMap(copy), migrations);
  }

  TypeSchemas withMigrations(MigrationGraph graph) {
    return new TypeSchemas(records, graph);
  }

  /** Returns the versions of the records and of both ends of every migration. */
  NavigableSet<SchemaVersion> knownVersions() {
    NavigableSet<SchemaVersion> versions = migrations.versions();
    versions.addAll(records.keySet());
    return versions;
  }

  /**
   * Picks the candidate equal to {@code requested}, or else the highest candidate that {@code
   * requested} is a prefix of.
   */
  static Optional<SchemaVersion> match(
      NavigableSet<SchemaVersion> candidates, SchemaVersion requested) {
    if (candidates.contains(requested)) {
      return Optional.of(requested);
    }
    for (SchemaVersion candidate : candidates.descendingSet()) {
      if (requested.isPrefixOf(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
