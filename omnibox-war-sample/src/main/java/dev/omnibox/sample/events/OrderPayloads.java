package dev.omnibox.sample.events;

import dev.omnibox.schema.SchemaRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Produces the schema registry of the inbox, with both versions of {@code order.placed} and the
 * migration from version 1 to version 2.
 */
@ApplicationScoped
public class OrderPayloads {

  /** The currency of every version 1 total. */
  static final String VERSION_1_CURRENCY = "EUR";

  private final SchemaRegistry registry = new SchemaRegistry();

  @PostConstruct
  void register() {
    registry.register(OrderPlacedV1.class);
    registry.register(OrderPlaced.class);
    registry.registerMigration(OrderPlaced.EVENT_TYPE, "1", "2", OrderPayloads::toVersion2);
  }

  /** Adds the currency that version 1 left implicit. */
  static JsonObject toVersion2(JsonObject version1) {
    return Json.createObjectBuilder(version1).add("currency", VERSION_1_CURRENCY).build();
  }

  // SchemaRegistry is final, so it cannot have a normal scope (which needs a client proxy). The
  // producer is dependent and returns the one registry of this application-scoped bean.
  @Produces
  SchemaRegistry schemaRegistry() {
    return registry;
  }
}
