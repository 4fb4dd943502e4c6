package dev.omnibox.schema;

public interface PayloadDecoder {
  <T> T decode(String eventType, String version, String json, Class<T> type);

  Object decode(String eventType, String version, String json);
}
