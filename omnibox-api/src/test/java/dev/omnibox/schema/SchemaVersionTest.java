package dev.omnibox.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SchemaVersionTest {

  @Test
  void parse_acceptsDotSeparatedIntegers() {
    for (String text : List.of("0", "1", "1.2", "1.2.0", "10.20.30", "123456789012345678901234")) {
      assertThat(SchemaVersion.parse(text)).hasToString(text);
    }
  }

  @Test
  void parse_rejectsInvalidText() {
    for (String text : List.of("", " ", "1.", ".1", "01", "1.02", "a", "1.0-beta", "v1", "1..2")) {
      assertThatThrownBy(() -> SchemaVersion.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("OMNIBOX001104:")
          .hasMessageContaining("'" + text + "'");
    }
  }

  @Test
  void parse_rejectsNull() {
    assertThatThrownBy(() -> SchemaVersion.parse(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'null'");
  }

  @Test
  void tryParse_emptyForInvalid() {
    assertThat(SchemaVersion.tryParse("1.x")).isEmpty();
    assertThat(SchemaVersion.tryParse(null)).isEmpty();
    assertThat(SchemaVersion.tryParse("1.2")).contains(SchemaVersion.parse("1.2"));
  }

  @Test
  void compareTo_ordersSegmentsNumerically() {
    List<SchemaVersion> sorted =
        Stream.of("10.0", "2.0", "1.10", "1.9", "1.0.0", "1.0", "1", "99999999999999999999")
            .map(SchemaVersion::parse)
            .sorted()
            .toList();

    assertThat(sorted)
        .extracting(SchemaVersion::toString)
        .containsExactly("1", "1.0", "1.0.0", "1.9", "1.10", "2.0", "10.0", "99999999999999999999");
  }

  @Test
  void isPrefixOf_matchesWholeSegments() {
    SchemaVersion major = SchemaVersion.parse("1");

    assertThat(major.isPrefixOf(SchemaVersion.parse("1.2.0"))).isTrue();
    assertThat(major.isPrefixOf(SchemaVersion.parse("1"))).isTrue();
    assertThat(major.isPrefixOf(SchemaVersion.parse("10.0"))).isFalse();
    assertThat(SchemaVersion.parse("1.2").isPrefixOf(SchemaVersion.parse("1.20"))).isFalse();
    assertThat(SchemaVersion.parse("1.2").isPrefixOf(SchemaVersion.parse("1"))).isFalse();
  }

  @Test
  void equals_byText() {
    assertThat(SchemaVersion.parse("1.2")).isEqualTo(SchemaVersion.parse("1.2"));
    assertThat(SchemaVersion.parse("1.2")).hasSameHashCodeAs(SchemaVersion.parse("1.2"));
    assertThat(SchemaVersion.parse("1.2")).isNotEqualTo(SchemaVersion.parse("1.2.0"));
    assertThat(SchemaVersion.parse("1.2.0").segmentCount()).isEqualTo(3);
  }
}
