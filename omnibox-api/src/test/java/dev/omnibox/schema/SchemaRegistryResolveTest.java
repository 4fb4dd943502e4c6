package dev.omnibox.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.schema.TestPayloads.BlankEventType;
import dev.omnibox.schema.TestPayloads.InvalidVersion;
import dev.omnibox.schema.TestPayloads.NotARecord;
import dev.omnibox.schema.TestPayloads.NotAnnotated;
import dev.omnibox.schema.TestPayloads.OrderCreatedDuplicate;
import dev.omnibox.schema.TestPayloads.OrderCreatedV10;
import dev.omnibox.schema.TestPayloads.OrderCreatedV11;
import dev.omnibox.schema.TestPayloads.OrderCreatedV20;
import dev.omnibox.schema.TestPayloads.SampleV100;
import dev.omnibox.schema.TestPayloads.SampleV110;
import dev.omnibox.schema.TestPayloads.SampleV12;
import dev.omnibox.schema.TestPayloads.SampleV120;
import dev.omnibox.schema.TestPayloads.SampleV20;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SchemaRegistryResolveTest {

  private final SchemaRegistry registry = new SchemaRegistry();

  @Test
  void resolve_exactVersion() {
    registry.register(SampleV12.class).register(SampleV120.class);

    assertThat(registry.resolve("sample", "1.2"))
        .isEqualTo(new ResolvedSchema("sample", "1.2", SampleV12.class));
    assertThat(registry.resolve("sample", "1.2.0").payloadClass()).isEqualTo(SampleV120.class);
  }

  @Test
  void resolve_versionPrefix() {
    registry.register(SampleV120.class);

    assertThat(registry.resolve("sample", "1").payloadClass()).isEqualTo(SampleV120.class);
    assertThat(registry.resolve("sample", "1.2").payloadClass()).isEqualTo(SampleV120.class);
  }

  @Test
  void resolve_highestOfSeveralPrefixMatches() {
    registry
        .register(SampleV12.class)
        .register(SampleV110.class)
        .register(SampleV20.class)
        .register(SampleV100.class);

    assertThat(registry.resolve("sample", "1").version()).isEqualTo("1.10");
  }

  @Test
  void resolve_highestPrefixComparesSegmentsNumerically() {
    registry.register(SampleV120.class).register(SampleV12.class);

    assertThat(registry.resolve("sample", "1").version()).isEqualTo("1.2.0");
  }

  @Test
  void resolve_oneDoesNotMatchTen() {
    registry.register(SampleV100.class);

    assertThatThrownBy(() -> registry.resolve("sample", "1"))
        .isInstanceOf(SchemaResolutionException.class)
        .hasMessageStartingWith("OMNIBOX001111:")
        .hasMessageContaining("'sample'")
        .hasMessageContaining("'1'")
        .hasMessageContaining("[10.0]");
  }

  @Test
  void resolve_oneAndTenEachFindTheirOwn() {
    registry.register(SampleV12.class).register(SampleV100.class);

    assertThat(registry.resolve("sample", "1").version()).isEqualTo("1.2");
    assertThat(registry.resolve("sample", "10").version()).isEqualTo("10.0");
  }

  @Test
  void resolve_unknownEventType() {
    registry.register(SampleV12.class).register(OrderCreatedV10.class);

    assertThatThrownBy(() -> registry.resolve("invoice.paid", "3"))
        .isInstanceOfSatisfying(
            SchemaResolutionException.class,
            e -> {
              assertThat(e.eventType()).isEqualTo("invoice.paid");
              assertThat(e.version()).isEqualTo("3");
            })
        .hasMessageStartingWith("OMNIBOX001110:")
        .hasMessageContaining("'invoice.paid'")
        .hasMessageContaining("version 3")
        .hasMessageContaining("[order.created, sample]");
  }

  @Test
  void resolve_unknownVersionListsKnownVersions() {
    registry.register(OrderCreatedV10.class).register(OrderCreatedV20.class);

    assertThatThrownBy(() -> registry.resolve("order.created", "3.1"))
        .isInstanceOf(SchemaResolutionException.class)
        .hasMessageStartingWith("OMNIBOX001111:")
        .hasMessageContaining("'order.created'")
        .hasMessageContaining("'3.1'")
        .hasMessageContaining("[1.0, 2.0]");
  }

  @Test
  void resolve_versionLongerThanRegisteredIsUnknown() {
    registry.register(SampleV12.class);

    assertThatThrownBy(() -> registry.resolve("sample", "1.2.5"))
        .isInstanceOf(SchemaResolutionException.class)
        .hasMessageContaining("'1.2.5'");
  }

  @Test
  void resolve_invalidVersionTextIsUnknown() {
    registry.register(SampleV12.class);

    assertThatThrownBy(() -> registry.resolve("sample", "v1"))
        .isInstanceOf(SchemaResolutionException.class)
        .hasMessageStartingWith("OMNIBOX001111:")
        .hasMessageContaining("'v1'");
  }

  @Test
  void resolve_missingVersion() {
    registry.register(SampleV12.class);

    for (String version : new String[] {null, " "}) {
      assertThatThrownBy(() -> registry.resolve("sample", version))
          .isInstanceOf(SchemaResolutionException.class)
          .hasMessageStartingWith("OMNIBOX001112:")
          .hasMessageContaining("'sample'")
          .hasMessageContaining("[1.2]");
    }
  }

  @Test
  void resolve_missingEventType() {
    assertThatThrownBy(() -> registry.resolve(null, "1"))
        .isInstanceOf(SchemaResolutionException.class)
        .hasMessageStartingWith("OMNIBOX001113:");
  }

  @Test
  void latest_highestVersion() {
    registry
        .register(SampleV100.class)
        .register(SampleV12.class)
        .register(SampleV20.class)
        .register(SampleV110.class);

    assertThat(registry.latest("sample").payloadClass()).isEqualTo(SampleV100.class);
  }

  @Test
  void latest_unknownEventType() {
    assertThatThrownBy(() -> registry.latest("sample"))
        .isInstanceOf(SchemaResolutionException.class)
        .hasMessageStartingWith("OMNIBOX001110:")
        .hasMessageContaining("'sample'");
  }

  @Test
  void register_rejectsMissingAnnotation() {
    assertThatThrownBy(() -> registry.register(NotAnnotated.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001101:")
        .hasMessageContaining(NotAnnotated.class.getName())
        .hasMessageContaining("@PayloadType");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void register_rejectsClassThatIsNotARecord() {
    Class raw = NotARecord.class;

    assertThatThrownBy(() -> registry.register(raw))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001102:")
        .hasMessageContaining(NotARecord.class.getName())
        .hasMessageContaining("record");
  }

  @Test
  void register_rejectsBlankEventType() {
    assertThatThrownBy(() -> registry.register(BlankEventType.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001103:")
        .hasMessageContaining("eventType");
  }

  @Test
  void register_rejectsInvalidVersion() {
    assertThatThrownBy(() -> registry.register(InvalidVersion.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001104:")
        .hasMessageContaining("'1.x'");
  }

  @Test
  void register_rejectsNull() {
    assertThatThrownBy(() -> registry.register(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001100:")
        .hasMessageContaining("payloadClass");
  }

  @Test
  void register_rejectsDuplicateTypeAndVersion() {
    registry.register(OrderCreatedV10.class);

    assertThatThrownBy(() -> registry.register(OrderCreatedDuplicate.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001105:")
        .hasMessageContaining("'order.created' version 1.0")
        .hasMessageContaining(OrderCreatedV10.class.getName())
        .hasMessageContaining(OrderCreatedDuplicate.class.getName());
    assertThat(registry.resolve("order.created", "1.0").payloadClass())
        .isEqualTo(OrderCreatedV10.class);
  }

  @Test
  void register_sameClassTwiceIsNoOp() {
    registry.register(OrderCreatedV10.class).register(OrderCreatedV10.class);

    assertThat(registry.resolve("order.created", "1.0").payloadClass())
        .isEqualTo(OrderCreatedV10.class);
  }

  @Test
  void typeOf_returnsAnnotation() {
    PayloadType type = SchemaRegistry.typeOf(OrderCreatedV11.class);

    assertThat(type.eventType()).isEqualTo("order.created");
    assertThat(type.version()).isEqualTo("1.1");
  }

  @Test
  void typeOf_rejectsMissingAnnotation() {
    assertThatThrownBy(() -> SchemaRegistry.typeOf(NotAnnotated.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001101:");
  }

  @Test
  void toJson_serializesRecord() {
    String json = registry.toJson(new OrderCreatedV11("o-1", 2, "EUR"));

    assertThat(json).contains("\"orderId\":\"o-1\"", "\"quantity\":2", "\"currency\":\"EUR\"");
  }

  @Test
  void toJson_rejectsRecordWithoutAnnotation() {
    assertThatThrownBy(() -> registry.toJson(new NotAnnotated("x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001101:");
  }

  @Test
  void toJson_rejectsNull() {
    assertThatThrownBy(() -> registry.toJson(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payload");
  }

  @Test
  void constructor_rejectsNullJsonb() {
    assertThatThrownBy(() -> new SchemaRegistry(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("OMNIBOX001100:")
        .hasMessageContaining("jsonb");
  }

  @Test
  void register_concurrentWithResolve() throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    List<Class<? extends Record>> classes =
        List.of(SampleV12.class, SampleV110.class, SampleV20.class, SampleV100.class);
    try {
      for (Class<? extends Record> payloadClass : classes) {
        futures.add(
            executor.submit(
                () -> {
                  start.await();
                  registry.register(payloadClass);
                  return registry.resolve("sample", SchemaRegistry.typeOf(payloadClass).version());
                }));
      }
      start.countDown();
      for (Future<?> future : futures) {
        assertThat(future.get(10, TimeUnit.SECONDS)).isNotNull();
      }
    } finally {
      executor.shutdownNow();
    }

    assertThat(registry.latest("sample").version()).isEqualTo("10.0");
    assertThat(registry.resolve("sample", "1").version()).isEqualTo("1.10");
  }
}
