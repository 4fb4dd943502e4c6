package dev.omnibox.schema;

/** Payload records of the schema tests, public so that JSON-B can bind them. */
public final class TestPayloads {

  private TestPayloads() {}

  @PayloadType(eventType = "order.created", version = "1.0")
  public record OrderCreatedV10(String orderId, int quantity) {}

  @PayloadType(eventType = "order.created", version = "1.1")
  public record OrderCreatedV11(String orderId, int quantity, String currency) {}

  @PayloadType(eventType = "order.created", version = "2.0")
  public record OrderCreatedV20(String id, int quantity, String currency) {}

  @PayloadType(eventType = "order.created", version = "1.0")
  public record OrderCreatedDuplicate(String orderId) {}

  @PayloadType(eventType = "sample", version = "1.2")
  public record SampleV12(String value) {}

  @PayloadType(eventType = "sample", version = "1.10")
  public record SampleV110(String value) {}

  @PayloadType(eventType = "sample", version = "2.0")
  public record SampleV20(String value) {}

  @PayloadType(eventType = "sample", version = "10.0")
  public record SampleV100(String value) {}

  @PayloadType(eventType = "sample", version = "1.2.0")
  public record SampleV120(String value) {}

  public record NotAnnotated(String value) {}

  @PayloadType(eventType = "not.record", version = "1")
  public static final class NotARecord {}

  @PayloadType(eventType = " ", version = "1")
  public record BlankEventType(String value) {}

  @PayloadType(eventType = "bad.version", version = "1.x")
  public record InvalidVersion(String value) {}

  @PayloadType(eventType = "custom.naming", version = "1")
  public record CustomNaming(String orderId) {}
}
