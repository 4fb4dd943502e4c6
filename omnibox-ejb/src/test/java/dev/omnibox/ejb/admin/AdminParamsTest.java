package dev.omnibox.ejb.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnibox.model.EventStatus;
import dev.omnibox.spi.EventKind;
import jakarta.json.Json;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AdminParamsTest {

  @Test
  void kind_acceptsEitherCase() {
    assertThat(AdminParams.kind("kind", "outbox")).isEqualTo(EventKind.OUTBOX);
    assertThat(AdminParams.kind("kind", "INBOX")).isEqualTo(EventKind.INBOX);
    assertThat(AdminParams.optionalKind("kind", null)).isNull();
  }

  @Test
  void kind_unknownNamesAllowedValues() {
    assertThatThrownBy(() -> AdminParams.kind("kind", "queue"))
        .isInstanceOf(AdminProblem.class)
        .hasMessageContaining("kind 'queue' is invalid")
        .hasMessageContaining("[outbox, inbox]")
        .extracting(e -> ((AdminProblem) e).status())
        .isEqualTo(400);
    assertThatThrownBy(() -> AdminParams.kind("kind", " ")).hasMessageContaining("kind is missing");
  }

  @Test
  void status_defaultsToFailed() {
    assertThat(AdminParams.status(null)).isEqualTo(EventStatus.FAILED);
    assertThat(AdminParams.status("pending")).isEqualTo(EventStatus.PENDING);
    assertThatThrownBy(() -> AdminParams.status("LOCKED"))
        .hasMessageContaining("status 'LOCKED' is invalid")
        .hasMessageContaining("[PENDING, COMPLETED, FAILED]");
  }

  @Test
  void limit_acceptsOneToMaximum() {
    assertThat(AdminParams.limit(null)).isEqualTo(AdminParams.DEFAULT_LIMIT);
    assertThat(AdminParams.limit("1")).isEqualTo(1);
    assertThat(AdminParams.limit("500")).isEqualTo(500);
    for (String bad : new String[] {"0", "501", "-3", "ten", "1e3"}) {
      assertThatThrownBy(() -> AdminParams.limit(bad))
          .as(bad)
          .hasMessageContaining("limit '" + bad + "' is invalid")
          .hasMessageContaining("from 1 to 500");
    }
  }

  @Test
  void filter_rejectsOverlongValue() {
    assertThat(AdminParams.filter("scope", "")).isNull();
    assertThat(AdminParams.filter("scope", "orders")).isEqualTo("orders");
    assertThatThrownBy(() -> AdminParams.filter("scope", "x".repeat(256)))
        .hasMessageContaining("scope is 256 characters long; use at most 255");
  }

  @Test
  void ids_mustParse() {
    UUID id = UUID.randomUUID();
    assertThat(AdminParams.id("id", id.toString())).isEqualTo(id);
    assertThatThrownBy(() -> AdminParams.id("id", "42"))
        .hasMessageContaining("id '42' is invalid; use a UUID");
    assertThat(AdminParams.executionId("17")).isEqualTo(17L);
    assertThatThrownBy(() -> AdminParams.executionId("0"))
        .hasMessageContaining("executionId '0' is invalid");
  }

  @Test
  void reason_requiredAndBounded() {
    assertThat(AdminParams.reason(AdminParams.body("{\"reason\": \" worker died \"}")))
        .isEqualTo("worker died");
    assertThatThrownBy(() -> AdminParams.reason(AdminParams.body("")))
        .hasMessageContaining("reason is missing");
    assertThatThrownBy(() -> AdminParams.reason(AdminParams.body("{\"reason\": \"  \"}")))
        .hasMessageContaining("reason is missing");
    assertThatThrownBy(() -> AdminParams.reason(AdminParams.body("{\"reason\": 3}")))
        .hasMessageContaining("reason is missing");
    String tooLong = Json.createObjectBuilder().add("reason", "r".repeat(1001)).build().toString();
    assertThatThrownBy(() -> AdminParams.reason(AdminParams.body(tooLong)))
        .hasMessageContaining("use at most 1000");
  }

  @Test
  void body_rejectsMalformedJson() {
    assertThatThrownBy(() -> AdminParams.body("{reason"))
        .isInstanceOf(AdminProblem.class)
        .hasMessageContaining("not a JSON object");
    assertThatThrownBy(() -> AdminParams.body("[1]"))
        .isInstanceOf(AdminProblem.class)
        .hasMessageContaining("not a JSON object");
  }
}
