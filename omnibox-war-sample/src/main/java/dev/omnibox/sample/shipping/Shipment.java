package dev.omnibox.sample.shipping;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A shipment of one order, created by the {@code shipping} consumer group. */
@Entity
@Table(name = "sample_shipments")
public class Shipment {

  /**
   * The order id: an order ships once. Messages from outside may carry ids of other shapes than
   * this service's UUIDs, up to 255 characters.
   */
  @Id
  @Column(length = 255)
  private String orderId;

  @Column(nullable = false)
  private String item;

  private int quantity;

  /** The handler attempt that created the shipment, 2 for an order whose first attempt failed. */
  private int attempt;

  @Column(nullable = false)
  private Instant createdAt;

  protected Shipment() {}

  public Shipment(String orderId, String item, int quantity, int attempt, Instant createdAt) {
    this.orderId = orderId;
    this.item = item;
    this.quantity = quantity;
    this.attempt = attempt;
    this.createdAt = createdAt;
  }

  public String getOrderId() {
    return orderId;
  }

  public String getItem() {
    return item;
  }

  public int getQuantity() {
    return quantity;
  }

  public int getAttempt() {
    return attempt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
