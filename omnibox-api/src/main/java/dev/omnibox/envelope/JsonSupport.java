package dev.omnibox.envelope;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Map;

/** Reads and writes JSON through one JSON-P provider, looked up once. */
final class JsonSupport {

  private final JsonProvider provider;
  private final JsonParserFactory parsers;
  private final JsonWriterFactory writers;

  JsonSupport(JsonProvider provider) {
    this.provider = provider;
    this.parsers = provider.createParserFactory(Map.of());
    this.writers = provider.createWriterFactory(Map.of());
  }

  JsonProvider provider() {
    return provider;
  }

  /**
   * Reads one JSON value that fills the whole text.
   *
   * @throws InvalidJsonException naming where the text stops being JSON, never the text itself
   */
  JsonValue read(String text) throws InvalidJsonException {
    try (JsonParser parser = parsers.createParser(new StringReader(text))) {
      if (!parser.hasNext()) {
        throw new InvalidJsonException("(the text is empty)");
      }
      parser.next();
      JsonValue value = parser.getValue();
      // JsonReader.readValue ignores text after the value, so check for it here.
      if (parser.hasNext()) {
        throw new InvalidJsonException(describe(parser.getLocation()) + " (text after the value)");
      }
      return value;
    } catch (JsonParsingException e) {
      throw new InvalidJsonException(describe(e.getLocation()));
    } catch (JsonException | IllegalStateException e) {
      // Parsson reports an empty text and some stream errors without a location.
      throw new InvalidJsonException("(no position: " + e.getClass().getSimpleName() + ")");
    }
  }

  /** Writes a value compactly: no whitespace, object members in their order. */
  String write(JsonValue value) {
    StringWriter out = new StringWriter();
    try (JsonWriter writer = writers.createWriter(out)) {
      writer.write(value);
    }
    return out.toString();
  }

  private static String describe(JsonLocation location) {
    if (location == null) {
      return "(no position)";
    }
    return "at line "
        + location.getLineNumber()
        + ", column "
        + location.getColumnNumber()
        + " (offset "
        + location.getStreamOffset()
        + ")";
  }

  /** The text is not JSON; the message is the position only. */
  static final class InvalidJsonException extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidJsonException(String position) {
      super(position, null, false, false);
    }

    String position() {
      return getMessage();
    }
  }
}
