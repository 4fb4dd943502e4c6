package dev.omnibox.handler;

import static dev.omnibox.handler.HandlerLogger.LOG;

import dev.omnibox.model.StoredEvent;
import dev.omnibox.schema.SchemaVersion;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Picks the handler of an event by topic, event type and schema version.
 *
 * <p>A handler is registered for one topic and event type, and either for one schema version or for
 * every version ({@code null}). {@link #route} picks the most specific handler:
 *
 * <ol>
 *   <li>the handler registered for exactly the event's version;
 *   <li>else the handler registered for the longest version that is a segment-wise prefix of the
 *       event's version: for {@code 1.2.3}, one registered for {@code 1.2} beats one for {@code 1},
 *       and one for {@code 1} never matches {@code 10.0};
 *   <li>else the handler registered for every version.
 * </ol>
 *
 * <p>An event without a version, or with a version that is not a valid {@link SchemaVersion},
 * matches only a handler registered for every version.
 *
 * <p>Registration is synchronized and replaces immutable entries, so routing runs concurrently
 * without locks.
 *
 * @param <E> event class the handlers receive
 */
public final class EventRouter<E extends StoredEvent> {

  private record Key(String topic, String eventType) {}

  /** Handlers of one topic and event type: one for every version and one per version. */
  private record Routes<E extends StoredEvent>(
      RouteMatch<E> anyVersion, NavigableMap<SchemaVersion, RouteMatch<E>> byVersion) {

    static <E extends StoredEvent> Routes<E> empty() {
      return new Routes<>(null, Collections.emptyNavigableMap());
    }

    Routes<E> with(SchemaVersion version, RouteMatch<E> match) {
      if (version == null) {
        return new Routes<>(match, byVersion);
      }
      NavigableMap<SchemaVersion, RouteMatch<E>> copy = new TreeMap<>(byVersion);
      copy.put(version, match);
      return new Routes<>(anyVersion, Collections.unmodifiableNavigableMap(copy));
    }

    RouteMatch<E> registered(SchemaVersion version) {
      return version == null ? anyVersion : byVersion.get(version);
    }
  }

  private final Map<Key, Routes<E>> routes = new ConcurrentHashMap<>();

  /**
   * Registers {@code handler} under {@code handlerName}.
   *
   * @param schemaVersion the version the handler is for, or {@code null} for every version
   * @return this router
   * @throws IllegalArgumentException when an argument is missing or the version is invalid
   * @throws DuplicateHandlerException when a handler is already registered for the same topic,
   *     event type and version; the message names both handlers
   */
  public synchronized EventRouter<E> register(
      String topic,
      String eventType,
      String schemaVersion,
      String handlerName,
      EventHandler<E> handler) {
    requireText(topic, "topic");
    requireText(eventType, "eventType");
    requireText(handlerName, "handlerName");
    if (handler == null) {
      throw LOG.argumentMissing("handler");
    }
    SchemaVersion version = parseVersion(schemaVersion, handlerName);

    Key key = new Key(topic, eventType);
    Routes<E> current = routes.getOrDefault(key, Routes.empty());
    RouteMatch<E> registered = current.registered(version);
    if (registered != null) {
      throw new DuplicateHandlerException(
          LOG.duplicateHandler(
              handlerName,
              topic,
              eventType,
              String.valueOf(schemaVersion),
              registered.handlerName()));
    }
    routes.put(key, current.with(version, new RouteMatch<>(handlerName, handler)));
    LOG.handlerRegistered(handlerName, topic, eventType, String.valueOf(schemaVersion));
    return this;
  }

  /**
   * Returns the most specific handler for an event, or empty when none matches. Null arguments
   * match nothing, except that a null version matches a handler for every version.
   */
  public Optional<RouteMatch<E>> route(String topic, String eventType, String schemaVersion) {
    if (topic == null || eventType == null) {
      return Optional.empty();
    }
    Routes<E> candidates = routes.get(new Key(topic, eventType));
    if (candidates == null) {
      return Optional.empty();
    }
    Optional<RouteMatch<E>> versioned =
        SchemaVersion.tryParse(schemaVersion).flatMap(version -> byVersion(candidates, version));
    return versioned.or(() -> Optional.ofNullable(candidates.anyVersion()));
  }

  private static <E extends StoredEvent> Optional<RouteMatch<E>> byVersion(
      Routes<E> routes, SchemaVersion version) {
    RouteMatch<E> exact = routes.byVersion().get(version);
    if (exact != null) {
      return Optional.of(exact);
    }
    SchemaVersion longestPrefix = null;
    for (SchemaVersion registered : routes.byVersion().keySet()) {
      boolean longer =
          longestPrefix == null || registered.segmentCount() > longestPrefix.segmentCount();
      if (registered.isPrefixOf(version) && longer) {
        longestPrefix = registered;
      }
    }
    return Optional.ofNullable(longestPrefix).map(routes.byVersion()::get);
  }

  private static SchemaVersion parseVersion(String schemaVersion, String handlerName) {
    if (schemaVersion == null) {
      return null;
    }
    return SchemaVersion.tryParse(schemaVersion)
        .orElseThrow(() -> LOG.invalidVersion(schemaVersion, handlerName));
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw LOG.argumentMissing(name);
    }
  }
}
