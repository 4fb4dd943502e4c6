package dev.omnibox.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.schema.TestPayloads.CustomNaming;
import dev.omnibox.schema.TestPayloads.NotAnnotated;
import dev.omnibox.schema.TestPayloads.OrderCreatedV10;
import dev.omnibox.schema.TestPayloads.OrderCreatedV11;
import dev.omnibox.schema.TestPayloads.OrderCreatedV20;
import dev.omnibox.schema.TestPayloads.SampleV12;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchemaRegistryDecodeTest {

  private static final String TYPE = "order.created";
  private static final String V10_JSON = "{\"orderId\":\"o-1\",\"quantity\":2}";
  private static final String V11_JSON =
      "{\"orderId\":\"o-1\",\"quantity\":2,\"currency\":\"USD\"}";
  private static final String V20_JSON = "{\"id\":\"o-1\",\"quantity\":2,\"currency\":\"USD\"}";

  private final SchemaRegistry registry = new SchemaRegistry();
  private final List<String> applied = new ArrayList<>();

  @BeforeEach
  void registerRecords() {
    registry
        .register(OrderCreatedV10.class)
        .register(OrderCreatedV11.class)
        .register(OrderCreatedV20.class);
  }

  private PayloadMigration addCurrency() {
    return payload -> {
      applied.add("1.0 -> 1.1");
      return Json.createObjectBuilder(payload).add("currency", "EUR").build();
    };
  }

  private PayloadMigration renameOrderIdToId() {
    return payload -> {
      applied.add("1.1 -> 2.0");
      return rename(payload, "orderId", "id");
    };
  }

  private static JsonObject rename(JsonObject payload, String from, String to) {
    return Json.createObjectBuilder(payload).remove(from).add(to, payload.get(from)).build();
  }

  private void registerUpgrades() {
    registry.registerMigration(TYPE, "1.0", "1.1", addCurrency());
    registry.registerMigration(TYPE, "1.1", "2.0", renameOrderIdToId());
  }

  @Test
  void decode_sameVersionWithoutMigration() {
    OrderCreatedV11 payload = registry.decode(TYPE, "1.1", V11_JSON, OrderCreatedV11.class);

    assertThat(payload).isEqualTo(new OrderCreatedV11("o-1", 2, "USD"));
    assertThat(applied).isEmpty();
  }

  @Test
  void decode_oneStep() {
    registerUpgrades();

    OrderCreatedV11 payload = registry.decode(TYPE, "1.0", V10_JSON, OrderCreatedV11.class);

    assertThat(payload).isEqualTo(new OrderCreatedV11("o-1", 2, "EUR"));
    assertThat(applied).containsExactly("1.0 -> 1.1");
  }

  @Test
  void decode_multiStepChain() {
    registerUpgrades();

    OrderCreatedV20 payload = registry.decode(TYPE, "1.0", V10_JSON, OrderCreatedV20.class);

    assertThat(payload).isEqualTo(new OrderCreatedV20("o-1", 2, "EUR"));
    assertThat(applied).containsExactly("1.0 -> 1.1", "1.1 -> 2.0");
  }

  @Test
  void decode_takesShortestPath() {
    registerUpgrades();
    registry.registerMigration(
        TYPE,
        "1.0",
        "2.0",
        payload -> {
          applied.add("1.0 -> 2.0");
          return Json.createObjectBuilder(rename(payload, "orderId", "id"))
              .add("currency", "GBP")
              .build();
        });

    OrderCreatedV20 payload = registry.decode(TYPE, "1.0", V10_JSON, OrderCreatedV20.class);

    assertThat(payload.currency()).isEqualTo("GBP");
    assertThat(applied).containsExactly("1.0 -> 2.0");
  }

  @Test
  void decode_sourceVersionKnownOnlyFromMigration() {
    SchemaRegistry onlyLatest = new SchemaRegistry().register(OrderCreatedV20.class);
    onlyLatest.registerMigration(TYPE, "1.0", "1.1", addCurrency());
    onlyLatest.registerMigration(TYPE, "1.1", "2.0", renameOrderIdToId());

    Object payload = onlyLatest.decode(TYPE, "1.0", V10_JSON);

    assertThat(payload).isEqualTo(new OrderCreatedV20("o-1", 2, "EUR"));
  }

  @Test
  void decode_messageVersionByPrefix() {
    registerUpgrades();

    OrderCreatedV20 payload = registry.decode(TYPE, "1", V11_JSON, OrderCreatedV20.class);

    assertThat(payload).isEqualTo(new OrderCreatedV20("o-1", 2, "USD"));
    assertThat(applied).containsExactly("1.1 -> 2.0");
  }

  @Test
  void decode_withoutClassUsesLatestVersion() {
    registerUpgrades();

    Object payload = registry.decode(TYPE, "1.0", V10_JSON);

    assertThat(payload).isEqualTo(new OrderCreatedV20("o-1", 2, "EUR"));
  }

  @Test
  void decode_withoutClassUnknownEventType() {
    assertThatThrownBy(() -> registry.decode("invoice.paid", "1", "{}"))
        .isInstanceOf(SchemaResolutionException.class)
        .hasMessageStartingWith("OMNIBOX001110:")
        .hasMessageContaining("'invoice.paid'");
  }

  @Test
  void decode_toOlderTargetWithDowngrade() {
    registerUpgrades();
    registry.registerMigration(TYPE, "2.0", "1.1", payload -> rename(payload, "id", "orderId"));

    OrderCreatedV11 payload = registry.decode(TYPE, "2.0", V20_JSON, OrderCreatedV11.class);

    assertThat(payload).isEqualTo(new OrderCreatedV11("o-1", 2, "USD"));
  }

  @Test
  void decode_toOlderTargetWithoutDowngradeFails() {
    registerUpgrades();

    assertThatThrownBy(() -> registry.decode(TYPE, "2.0", V20_JSON, OrderCreatedV11.class))
        .isInstanceOfSatisfying(
            MigrationPathNotFoundException.class,
            e -> {
              assertThat(e.eventType()).isEqualTo(TYPE);
              assertThat(e.fromVersion()).isEqualTo("2.0");
              assertThat(e.toVersion()).isEqualTo("1.1");
            })
        .hasMessageStartingWith("OMNIBOX001115:")
        .hasMessageContaining("from version 2.0 to 1.1")
        .hasMessageContaining("[1.0 -> 1.1, 1.1 -> 2.0]");
  }

  @Test
  void decode_noPathNeverPassesPayloadUnchanged() {
    registry.registerMigration(TYPE, "1.0", "1.1", addCurrency());

    assertThatThrownBy(() -> registry.decode(TYPE, "1.0", V10_JSON, OrderCreatedV20.class))
        .isInstanceOf(MigrationPathNotFoundException.class)
        .hasMessageContaining("from version 1.0 to 2.0")
        .hasMessageContaining("[1.0 -> 1.1]");
    assertThat(applied).isEmpty();
  }

  @Test
  void decode_noMigrationsAtAll() {
    assertThatThrownBy(() -> registry.decode(TYPE, "1.0", V10_JSON, OrderCreatedV11.class))
        .isInstanceOf(MigrationPathNotFoundException.class)
        .hasMessageContaining("Known migrations: []");
  }

  @Test
  void decode_unknownMessageVersion() {
    registerUpgrades();

    assertThatThrownBy(() -> registry.decode(TYPE, "3", V10_JSON, OrderCreatedV20.class))
        .isInstanceOf(SchemaResolutionException.class)
        .hasMessageStartingWith("OMNIBOX001111:")
        .hasMessageContaining("'3'")
        .hasMessageContaining("[1.0, 1.1, 2.0]");
  }

  @Test
  void decode_missingMessageVersion() {
    assertThatThrownBy(() -> registry.decode(TYPE, null, V10_JSON, OrderCreatedV10.class))
        .isInstanceOf(SchemaResolutionException.class)
        .hasMessageStartingWith("OMNIBOX001112:");
  }

  @Test
  void decode_failingMigrationNamesStep() {
    registry.registerMigration(TYPE, "1.0", "1.1", addCurrency());
    registry.registerMigration(
        TYPE,
        "1.1",
        "2.0",
        payload -> {
          throw new IllegalStateException("field orderId missing");
        });

    assertThatThrownBy(() -> registry.decode(TYPE, "1.0", V10_JSON, OrderCreatedV20.class))
        .isInstanceOfSatisfying(
            PayloadMigrationException.class,
            e -> {
              assertThat(e.fromVersion()).isEqualTo("1.1");
              assertThat(e.toVersion()).isEqualTo("2.0");
              assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
            })
        .hasMessageStartingWith("OMNIBOX001119:")
        .hasMessageContaining("'order.created' from version 1.1 to 2.0")
        .hasMessageContaining("field orderId missing");
  }

  @Test
  void decode_migrationReturningNullNamesStep() {
    registry.registerMigration(TYPE, "1.0", "1.1", payload -> null);

    assertThatThrownBy(() -> registry.decode(TYPE, "1.0", V10_JSON, OrderCreatedV11.class))
        .isInstanceOf(PayloadMigrationException.class)
        .hasMessageStartingWith("OMNIBOX001120:")
        .hasMessageContaining("from version 1.0 to 1.1")
        .hasMessageContaining("returned null");
  }

  @Test
  void decode_malformedJsonHidesPayload() {
    String malformed = "{\"orderId\":\"secret-customer-name\",";

    assertThatThrownBy(() -> registry.decode(TYPE, "1.0", malformed, OrderCreatedV10.class))
        .isInstanceOfSatisfying(
            PayloadDecodingException.class,
            e -> {
              assertThat(e.eventType()).isEqualTo(TYPE);
              assertThat(e.version()).isEqualTo("1.0");
              assertThat(e.getCause()).isNotNull();
            })
        .hasMessageStartingWith("OMNIBOX001116:")
        .hasMessageContaining("'order.created' version 1.0")
        .hasMessageNotContaining("secret-customer-name");
  }

  @Test
  void decode_jsonThatIsNotAnObject() {
    assertThatThrownBy(() -> registry.decode(TYPE, "1.0", "[1,2]", OrderCreatedV10.class))
        .isInstanceOf(PayloadDecodingException.class)
        .hasMessageStartingWith("OMNIBOX001117:")
        .hasMessageContaining("ARRAY");
  }

  @Test
  void decode_missingJson() {
    for (String json : new String[] {null, "", "  "}) {
      assertThatThrownBy(() -> registry.decode(TYPE, "1.0", json, OrderCreatedV10.class))
          .isInstanceOf(PayloadDecodingException.class)
          .hasMessageStartingWith("OMNIBOX001118:")
          .hasMessageContaining("'order.created' version 1.0");
    }
  }

  @Test
  void decode_bindingFailureNamesTargetClass() {
    String wrongType = "{\"orderId\":\"o-1\",\"quantity\":\"many\"}";

    assertThatThrownBy(() -> registry.decode(TYPE, "1.0", wrongType, OrderCreatedV10.class))
        .isInstanceOf(PayloadDecodingException.class)
        .hasMessageStartingWith("OMNIBOX001121:")
        .hasMessageContaining(OrderCreatedV10.class.getName())
        .hasMessageContaining("(version 1.0)");
  }

  @Test
  void decode_targetOfOtherEventType() {
    assertThatThrownBy(() -> registry.decode(TYPE, "1.2", "{}", SampleV12.class))
        .isInstanceOfSatisfying(
            SchemaResolutionException.class, e -> assertThat(e.eventType()).isEqualTo(TYPE))
        .hasMessageStartingWith("OMNIBOX001114:")
        .hasMessageContaining(SampleV12.class.getName())
        .hasMessageContaining("'sample'");
  }

  @Test
  void decode_targetWithoutAnnotation() {
    assertThatThrownBy(() -> registry.decode(TYPE, "1.0", V10_JSON, NotAnnotated.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001101:");
  }

  @Test
  void decode_missingEventType() {
    assertThatThrownBy(() -> registry.decode(null, "1.0", V10_JSON, OrderCreatedV10.class))
        .isInstanceOf(SchemaResolutionException.class)
        .hasMessageStartingWith("OMNIBOX001113:");
    assertThatThrownBy(() -> registry.decode(" ", "1.0", V10_JSON))
        .isInstanceOf(SchemaResolutionException.class)
        .hasMessageStartingWith("OMNIBOX001113:");
  }

  @Test
  void decode_unregisteredTargetAtSameVersion() {
    SchemaRegistry empty = new SchemaRegistry();

    OrderCreatedV10 payload = empty.decode(TYPE, "1.0", V10_JSON, OrderCreatedV10.class);

    assertThat(payload).isEqualTo(new OrderCreatedV10("o-1", 2));
  }

  @Test
  void decode_usesCallersJsonbConfig() throws Exception {
    JsonbConfig config =
        new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES);
    Jsonb jsonb = JsonbBuilder.create(config);
    try {
      SchemaRegistry snakeCase = new SchemaRegistry(jsonb).register(CustomNaming.class);

      Object payload = snakeCase.decode("custom.naming", "1", "{\"order_id\":\"o-9\"}");

      assertThat(payload).isEqualTo(new CustomNaming("o-9"));
      assertThat(snakeCase.toJson(new CustomNaming("o-9"))).isEqualTo("{\"order_id\":\"o-9\"}");
    } finally {
      jsonb.close();
    }
  }

  @Test
  void registerMigration_rejectsSameVersion() {
    assertThatThrownBy(() -> registry.registerMigration(TYPE, "1.0", "1.0", addCurrency()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001107:")
        .hasMessageContaining("'order.created'");
  }

  @Test
  void registerMigration_rejectsDuplicateStep() {
    registry.registerMigration(TYPE, "1.0", "1.1", addCurrency());

    assertThatThrownBy(() -> registry.registerMigration(TYPE, "1.0", "1.1", addCurrency()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001106:")
        .hasMessageContaining("from version 1.0 to 1.1");
  }

  @Test
  void registerMigration_rejectsInvalidArguments() {
    assertThatThrownBy(() -> registry.registerMigration(TYPE, "1.x", "1.1", addCurrency()))
        .hasMessageStartingWith("OMNIBOX001104:")
        .hasMessageContaining("'1.x'");
    assertThatThrownBy(() -> registry.registerMigration(TYPE, "1.0", null, addCurrency()))
        .hasMessageStartingWith("OMNIBOX001104:");
    assertThatThrownBy(() -> registry.registerMigration(" ", "1.0", "1.1", addCurrency()))
        .hasMessageStartingWith("OMNIBOX001100:")
        .hasMessageContaining("eventType");
    assertThatThrownBy(() -> registry.registerMigration(TYPE, "1.0", "1.1", null))
        .hasMessageStartingWith("OMNIBOX001100:")
        .hasMessageContaining("migration");
  }
}
