package dev.omnibox.schema;

import static dev.omnibox.schema.SchemaLogger.LOG;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Registry of payload records and migrations, and the {@link PayloadDecoder} built on them.
 *
 * <p><b>Resolution.</b> {@link #resolve} looks up the record of an event type whose version equals
 * the requested one. Failing that, it takes the records whose version starts with the requested
 * segments ({@code 1} matches {@code 1.2.0} but not {@code 10.0}) and picks the highest of them in
 * {@link SchemaVersion} order, so {@code 1} resolves to {@code 1.10} when {@code 1.2} and {@code
 * 1.10} are registered.
 *
 * <p><b>Decoding.</b> {@link #decode(String, String, String, Class)} resolves the message version
 * the same way among all versions known for the event type (records, both ends of each migration
 * and the target record's own version). It then applies the shortest chain of migrations from that
 * version to the version on the target record, and binds the result with JSON-B. A payload is never
 * bound at a version other than the target's: without a migration path the decode fails.
 *
 * <p><b>Threads.</b> Registration is synchronized and replaces an immutable snapshot, so decoding
 * and resolution run concurrently without locks and always see complete registrations. The JSON-B
 * instance must be safe for concurrent use, as Yasson's is.
 */
public final class SchemaRegistry implements PayloadDecoder {

  private final Jsonb jsonb;
  private final JsonProvider json;
  private volatile Map<String, TypeSchemas> types = Map.of();

  /** Creates a registry that binds payloads with a default {@code JsonbBuilder.create()}. */
  public SchemaRegistry() {
    this(JsonbBuilder.create());
  }

  /**
   * Creates a registry that binds payloads with {@code jsonb}, so the caller controls its
   * configuration. The registry does not close it.
   */
  public SchemaRegistry(Jsonb jsonb) {
    this.jsonb = requireArgument(jsonb, "jsonb");
    this.json = JsonProvider.provider();
  }

  /**
   * Registers a payload record under the event type and version of its {@link PayloadType}.
   * Registering the same class again does nothing.
   *
   * @return this registry
   * @throws IllegalArgumentException when the class is not an annotated record with a valid
   *     version, or another record is already registered for its event type and version
   */
  public synchronized SchemaRegistry register(Class<? extends Record> payloadClass) {
    PayloadType annotation = typeOf(requireArgument(payloadClass, "payloadClass"));
    String eventType = annotation.eventType();
    SchemaVersion version = SchemaVersion.parse(annotation.version());
    TypeSchemas current = types.getOrDefault(eventType, TypeSchemas.EMPTY);

    ResolvedSchema registered = current.records().get(version);
    if (registered != null) {
      if (registered.payloadClass().equals(payloadClass)) {
        return this;
      }
      throw LOG.duplicateSchema(
          eventType,
          version.toString(),
          registered.payloadClass().getName(),
          payloadClass.getName());
    }

    ResolvedSchema schema = new ResolvedSchema(eventType, version.toString(), payloadClass);
    publish(eventType, current.withRecord(version, schema));
    LOG.schemaRegistered(payloadClass.getName(), eventType, version.toString());
    return this;
  }

  /**
   * Registers one migration step of {@code eventType}. Steps chain: with {@code 1.0 -> 1.1} and
   * {@code 1.1 -> 2.0} registered, a {@code 1.0} payload decodes into a {@code 2.0} record.
   *
   * @return this registry
   * @throws IllegalArgumentException when an argument is missing or invalid, both versions are
   *     equal, or the step is already registered
   */
  public synchronized SchemaRegistry registerMigration(
      String eventType, String fromVersion, String toVersion, PayloadMigration migration) {
    requireText(eventType, "eventType");
    SchemaVersion from = SchemaVersion.parse(fromVersion);
    SchemaVersion to = SchemaVersion.parse(toVersion);
    requireArgument(migration, "migration");
    if (from.equals(to)) {
      throw LOG.migrationToSameVersion(eventType, fromVersion);
    }
    TypeSchemas current = types.getOrDefault(eventType, TypeSchemas.EMPTY);
    if (current.migrations().contains(from, to)) {
      throw LOG.duplicateMigration(eventType, fromVersion, toVersion);
    }

    publish(eventType, current.withMigrations(current.migrations().with(from, to, migration)));
    LOG.migrationRegistered(eventType, fromVersion, toVersion);
    return this;
  }

  private void publish(String eventType, TypeSchemas schemas) {
    Map<String, TypeSchemas> copy = new TreeMap<>(types);
    copy.put(eventType, schemas);
    types = Collections.unmodifiableMap(copy);
  }

  /**
   * Resolves the record registered for {@code eventType} at {@code version}: the exact version
   * first, then the highest version that {@code version} is a segment-wise prefix of.
   *
   * @throws SchemaResolutionException when the event type, version or match is missing, naming the
   *     known event types or versions
   */
  public ResolvedSchema resolve(String eventType, String version) {
    TypeSchemas schemas = schemasOf(eventType, version);
    SchemaVersion requested =
        requireVersion(eventType, version, schemas.records().navigableKeySet());
    return TypeSchemas.match(schemas.records().navigableKeySet(), requested)
        .map(schemas.records()::get)
        .orElseThrow(() -> versionUnknown(eventType, version, schemas.records().keySet()));
  }

  /**
   * Returns the record with the highest version registered for {@code eventType}.
   *
   * @throws SchemaResolutionException when no record is registered for {@code eventType}
   */
  public ResolvedSchema latest(String eventType) {
    requireEventType(eventType, null);
    return latestOf(eventType, null);
  }

  @Override
  public <T> T decode(String eventType, String version, String json, Class<T> type) {
    PayloadType target = typeOf(requireArgument(type, "type"));
    requireEventType(eventType, version);
    if (!target.eventType().equals(eventType)) {
      throw new SchemaResolutionException(
          LOG.targetTypeMismatch(eventType, type.getName(), target.eventType()),
          eventType,
          version);
    }
    return type.cast(
        decodeTo(eventType, version, json, SchemaVersion.parse(target.version()), type));
  }

  @Override
  public Object decode(String eventType, String version, String json) {
    requireEventType(eventType, version);
    ResolvedSchema latest = latestOf(eventType, version);
    SchemaVersion target = SchemaVersion.parse(latest.version());
    return decodeTo(eventType, version, json, target, latest.payloadClass());
  }

  private ResolvedSchema latestOf(String eventType, String version) {
    TypeSchemas schemas = types.getOrDefault(eventType, TypeSchemas.EMPTY);
    if (schemas.records().isEmpty()) {
      throw eventTypeUnknown(eventType, version);
    }
    return schemas.records().lastEntry().getValue();
  }

  private Object decodeTo(
      String eventType, String version, String json, SchemaVersion target, Class<?> type) {
    TypeSchemas schemas = types.getOrDefault(eventType, TypeSchemas.EMPTY);
    NavigableSet<SchemaVersion> known = schemas.knownVersions();
    known.add(target);
    SchemaVersion requested = requireVersion(eventType, version, known);
    SchemaVersion source =
        TypeSchemas.match(known, requested)
            .orElseThrow(() -> versionUnknown(eventType, version, known));

    List<MigrationGraph.Step> steps =
        schemas
            .migrations()
            .shortestPath(source, target)
            .orElseThrow(() -> noMigrationPath(eventType, source, target, schemas.migrations()));
    JsonObject payload = parse(eventType, version, json);
    if (steps.isEmpty()) {
      return bind(eventType, version, json, type, target);
    }
    LOG.migrating(eventType, steps);
    JsonObject migrated = migrate(eventType, payload, steps);
    return bind(eventType, version, migrated.toString(), type, target);
  }

  private JsonObject parse(String eventType, String version, String text) {
    if (text == null || text.isBlank()) {
      throw new PayloadDecodingException(
          LOG.payloadMissing(eventType, version), eventType, version, null);
    }
    JsonValue value;
    try (JsonReader reader = json.createReader(new StringReader(text))) {
      value = reader.readValue();
    } catch (JsonException e) {
      // JSON-P parse messages name the token kind and position, not the surrounding text.
      throw new PayloadDecodingException(
          LOG.malformedJson(eventType, version, errorText(e.getMessage())), eventType, version, e);
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new PayloadDecodingException(
          LOG.payloadNotObject(eventType, version, value.getValueType().name()),
          eventType,
          version,
          null);
    }
    return value.asJsonObject();
  }

  private static JsonObject migrate(
      String eventType, JsonObject payload, List<MigrationGraph.Step> steps) {
    JsonObject current = payload;
    for (MigrationGraph.Step step : steps) {
      current = apply(eventType, current, step);
    }
    return current;
  }

  private static JsonObject apply(String eventType, JsonObject payload, MigrationGraph.Step step) {
    String from = step.from().toString();
    String to = step.to().toString();
    JsonObject migrated;
    try {
      migrated = step.migration().migrate(payload);
    } catch (RuntimeException e) {
      throw new PayloadMigrationException(
          LOG.migrationFailed(eventType, from, to, errorText(String.valueOf(e))),
          eventType,
          from,
          to,
          e);
    }
    if (migrated == null) {
      throw new PayloadMigrationException(
          LOG.migrationReturnedNull(eventType, from, to), eventType, from, to, null);
    }
    return migrated;
  }

  private Object bind(
      String eventType, String version, String text, Class<?> type, SchemaVersion target) {
    try {
      return jsonb.fromJson(text, type);
    } catch (JsonbException e) {
      String message =
          LOG.bindingFailed(
              eventType, version, type.getName(), target.toString(), errorText(e.getMessage()));
      throw new PayloadDecodingException(message, eventType, version, e);
    }
  }

  /**
   * Serializes a payload record with this registry's JSON-B instance, for producers.
   *
   * @throws IllegalArgumentException when {@code payload} is null or its class has no valid {@link
   *     PayloadType}
   * @throws PayloadEncodingException when JSON-B fails
   */
  public String toJson(Record payload) {
    PayloadType annotation = typeOf(requireArgument(payload, "payload").getClass());
    try {
      return jsonb.toJson(payload);
    } catch (JsonbException e) {
      String className = payload.getClass().getName();
      throw new PayloadEncodingException(
          LOG.encodingFailed(className, annotation.eventType(), errorText(e.getMessage())),
          annotation.eventType(),
          e);
    }
  }

  /**
   * Returns the {@link PayloadType} of a payload record class, so producers can set the event type
   * and schema version of the event they publish.
   *
   * @throws IllegalArgumentException when the class is not a record, has no annotation, or the
   *     annotation has a blank event type or an invalid version
   */
  public static PayloadType typeOf(Class<?> payloadClass) {
    requireArgument(payloadClass, "payloadClass");
    PayloadType annotation = payloadClass.getAnnotation(PayloadType.class);
    if (annotation == null) {
      throw LOG.payloadTypeMissing(payloadClass.getName());
    }
    if (!payloadClass.isRecord()) {
      throw LOG.notARecord(payloadClass.getName());
    }
    if (annotation.eventType().isBlank()) {
      throw LOG.payloadTypeBlank(payloadClass.getName(), "eventType");
    }
    SchemaVersion.parse(annotation.version());
    return annotation;
  }

  private TypeSchemas schemasOf(String eventType, String version) {
    requireEventType(eventType, version);
    TypeSchemas schemas = types.get(eventType);
    if (schemas == null || schemas.records().isEmpty()) {
      throw eventTypeUnknown(eventType, version);
    }
    return schemas;
  }

  private static void requireEventType(String eventType, String version) {
    if (eventType == null || eventType.isBlank()) {
      throw new SchemaResolutionException(LOG.eventTypeMissing(), eventType, version);
    }
  }

  private static SchemaVersion requireVersion(
      String eventType, String version, NavigableSet<SchemaVersion> known) {
    if (version == null || version.isBlank()) {
      throw new SchemaResolutionException(LOG.versionMissing(eventType, known), eventType, version);
    }
    return SchemaVersion.tryParse(version)
        .orElseThrow(() -> versionUnknown(eventType, version, known));
  }

  private SchemaResolutionException eventTypeUnknown(String eventType, String version) {
    Map<String, TypeSchemas> snapshot = types;
    NavigableSet<String> known = new TreeSet<>();
    snapshot.forEach(
        (type, schemas) -> {
          if (!schemas.records().isEmpty()) {
            known.add(type);
          }
        });
    return new SchemaResolutionException(
        LOG.eventTypeUnknown(eventType, version, known), eventType, version);
  }

  private static SchemaResolutionException versionUnknown(
      String eventType, String version, Collection<SchemaVersion> known) {
    return new SchemaResolutionException(
        LOG.versionUnknown(eventType, version, known), eventType, version);
  }

  private static MigrationPathNotFoundException noMigrationPath(
      String eventType, SchemaVersion from, SchemaVersion to, MigrationGraph migrations) {
    String message =
        LOG.noMigrationPath(eventType, from.toString(), to.toString(), migrations.describe());
    return new MigrationPathNotFoundException(message, eventType, from.toString(), to.toString());
  }

  /** Drops a trailing period, because the messages around an error text end their own sentence. */
  private static String errorText(String message) {
    if (message == null) {
      return "no message";
    }
    String trimmed = message.strip();
    return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
  }

  private static <T> T requireArgument(T value, String name) {
    if (value == null) {
      throw LOG.argumentMissing(name);
    }
    return value;
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw LOG.argumentMissing(name);
    }
  }
}
