package dev.omnibox.schema;

import java.lang.invoke.MethodHandles;
import java.util.Collection;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log and exception messages of the schema package, ids 1100-1199. */
@MessageLogger(projectCode = "OMNIBOX")
interface SchemaLogger extends BasicLogger {

  SchemaLogger LOG =
      Logger.getMessageLogger(
          MethodHandles.lookup(), SchemaLogger.class, SchemaLogger.class.getPackageName());

  @Message(id = 1100, value = "Argument %s is null or blank. Pass a non-blank value.")
  IllegalArgumentException argumentMissing(String name);

  @Message(
      id = 1101,
      value =
          "Class %s has no @PayloadType annotation. Annotate the payload record with"
              + " @PayloadType(eventType = \"...\", version = \"...\").")
  IllegalArgumentException payloadTypeMissing(String className);

  @Message(
      id = 1102,
      value = "Class %s is not a Java record. Declare the payload as a record to register it.")
  IllegalArgumentException notARecord(String className);

  @Message(id = 1103, value = "@PayloadType on %s has a blank %s. Set it to a non-blank value.")
  IllegalArgumentException payloadTypeBlank(String className, String attribute);

  @Message(
      id = 1104,
      value =
          "Schema version '%s' is invalid. Use dot-separated non-negative integers without"
              + " leading zeros, such as 1, 1.2 or 1.2.0.")
  IllegalArgumentException invalidVersion(String version);

  @Message(
      id = 1105,
      value =
          "Event type '%s' version %s is already registered to %s, so %s cannot be registered."
              + " Give one of the records another version.")
  IllegalArgumentException duplicateSchema(
      String eventType, String version, String registeredClass, String rejectedClass);

  @Message(
      id = 1106,
      value =
          "A migration of event type '%s' from version %s to %s is already registered. Register"
              + " each step once.")
  IllegalArgumentException duplicateMigration(String eventType, String from, String to);

  @Message(
      id = 1107,
      value =
          "A migration of event type '%s' from version %s to the same version is not allowed."
              + " Register a migration between two different versions.")
  IllegalArgumentException migrationToSameVersion(String eventType, String version);

  @Message(
      id = 1110,
      value =
          "No payload schema is registered for event type '%s' (version %s). Known event types:"
              + " %s. Register a record annotated with @PayloadType for this event type.")
  String eventTypeUnknown(String eventType, String version, Collection<String> knownEventTypes);

  @Message(
      id = 1111,
      value =
          "No payload schema of event type '%s' matches version '%s' exactly or by prefix."
              + " Known versions: %s. Register a record or a migration for this version.")
  String versionUnknown(String eventType, String version, Collection<?> knownVersions);

  @Message(
      id = 1112,
      value =
          "The event of type '%s' has no schema version. Known versions: %s. Set the schema"
              + " version when the event is published.")
  String versionMissing(String eventType, Collection<?> knownVersions);

  @Message(
      id = 1113,
      value = "The event has no event type. Set the event type when the event is published.")
  String eventTypeMissing();

  @Message(
      id = 1114,
      value =
          "Cannot decode event type '%s' into %s because that record is annotated with event"
              + " type '%s'. Pass a record annotated with @PayloadType(eventType = \"%1$s\").")
  String targetTypeMismatch(String eventType, String className, String annotatedEventType);

  @Message(
      id = 1115,
      value =
          "No migration path for event type '%s' from version %s to %s. Known migrations: %s."
              + " Register the missing steps with SchemaRegistry.registerMigration.")
  String noMigrationPath(String eventType, String from, String to, Collection<String> known);

  @Message(
      id = 1116,
      value =
          "The payload of event type '%s' version %s is not valid JSON: %s. Fix the JSON"
              + " that the producer writes.")
  String malformedJson(String eventType, String version, String parseError);

  @Message(
      id = 1117,
      value =
          "The payload of event type '%s' version %s is a JSON %s, not a JSON object. Publish"
              + " the payload as a JSON object.")
  String payloadNotObject(String eventType, String version, String valueType);

  @Message(
      id = 1118,
      value = "The payload of event type '%s' version %s is missing. Publish a JSON object.")
  String payloadMissing(String eventType, String version);

  @Message(
      id = 1119,
      value = "Migration of event type '%s' from version %s to %s failed: %s. Fix the migration.")
  String migrationFailed(String eventType, String from, String to, String error);

  @Message(
      id = 1120,
      value =
          "Migration of event type '%s' from version %s to %s returned null. Return the"
              + " migrated JSON object.")
  String migrationReturnedNull(String eventType, String from, String to);

  @Message(
      id = 1121,
      value =
          "The payload of event type '%s' version %s cannot be bound to %s (version %s): %s."
              + " Check that the record and its migrations match the JSON.")
  String bindingFailed(
      String eventType, String version, String className, String targetVersion, String error);

  @Message(id = 1122, value = "JSON-B cannot serialize payload %s of event type '%s': %s.")
  String encodingFailed(String className, String eventType, String error);

  @LogMessage(level = Logger.Level.DEBUG)
  @Message(id = 1130, value = "Registered payload record %s for event type '%s' version %s")
  void schemaRegistered(String className, String eventType, String version);

  @LogMessage(level = Logger.Level.DEBUG)
  @Message(id = 1131, value = "Registered migration of event type '%s' from version %s to %s")
  void migrationRegistered(String eventType, String from, String to);

  @LogMessage(level = Logger.Level.DEBUG)
  @Message(id = 1132, value = "Migrating payload of event type '%s' along %s")
  void migrating(String eventType, Object steps);
}
