package dev.omnibox.ejb.admin;

import dev.omnibox.model.EventStatus;
import dev.omnibox.model.StoredEvent;
import dev.omnibox.spi.EventKind;
import dev.omnibox.spi.EventQuery;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Parses and validates request parameters. Each failure is a 400 response whose message names the
 * parameter, the value received and the values allowed.
 */
final class AdminParams {

  /** The page size when a request names none. */
  static final int DEFAULT_LIMIT = 50;

  private AdminParams() {}

  static EventKind kind(String name, String value) {
    if (value == null || value.isBlank()) {
      throw Problems.badRequest(name + " is missing; use one of " + kindNames());
    }
    for (EventKind kind : EventKind.values()) {
      if (kind.name().equalsIgnoreCase(value)) {
        return kind;
      }
    }
    throw Problems.badRequest(name + " '" + value + "' is invalid; use one of " + kindNames());
  }

  /** Returns the kind, or null when the parameter is absent. */
  static EventKind optionalKind(String name, String value) {
    return value == null || value.isBlank() ? null : kind(name, value);
  }

  static EventStatus status(String value) {
    if (value == null || value.isBlank()) {
      return EventStatus.FAILED;
    }
    try {
      return EventStatus.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Problems.badRequest(
          "status '" + value + "' is invalid; use one of " + Arrays.toString(EventStatus.values()));
    }
  }

  static int limit(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(value.trim());
      if (limit >= 1 && limit <= EventQuery.MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // Reported below with the allowed range.
    }
    throw Problems.badRequest(
        "limit '" + value + "' is invalid; use a whole number from 1 to " + EventQuery.MAX_LIMIT);
  }

  /** Returns a filter text, or null when absent; longer than a column is a 400. */
  static String filter(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > StoredEvent.MAX_TEXT_LENGTH) {
      throw Problems.badRequest(
          name
              + " is "
              + value.length()
              + " characters long; use at most "
              + StoredEvent.MAX_TEXT_LENGTH);
    }
    return value;
  }

  static UUID id(String name, String value) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw Problems.badRequest(
          name
              + " '"
              + value
              + "' is invalid; use a UUID such as 0190f5c2-7d1e-7a3b-8c4d-5e6f708192a3");
    }
  }

  static long executionId(String value) {
    try {
      long id = Long.parseLong(value);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw Problems.badRequest(
        "executionId '" + value + "' is invalid; use the positive number of a job execution");
  }

  /** Parses a request body that must be a JSON object; an empty body is an empty object. */
  static JsonObject body(String text) {
    if (text == null || text.isBlank()) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
    try (JsonReader reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw Problems.badRequest("The request body is not a JSON object: " + e.getMessage());
    }
  }

  /** Returns the non-blank reason of a force-unlock, at most 1000 characters. */
  static String reason(JsonObject body) {
    JsonValue value = body.get("reason");
    if (!(value instanceof JsonString text) || text.getString().isBlank()) {
      throw Problems.badRequest(
          "reason is missing; send {\"reason\": \"...\"} saying why the lease is cleared");
    }
    String reason = text.getString().strip();
    if (reason.length() > 1000) {
      throw Problems.badRequest(
          "reason is " + reason.length() + " characters long; use at most 1000");
    }
    return reason;
  }

  private static String kindNames() {
    return "[outbox, inbox]";
  }
}
