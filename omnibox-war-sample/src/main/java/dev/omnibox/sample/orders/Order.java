package dev.omnibox.sample.orders;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An order as this service stores it. */
@Entity
@Table(name = "sample_orders")
public class Order {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false)
  private String customer;

  @Column(nullable = false)
  private String item;

  private int quantity;

  private long totalCents;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(nullable = false)
  private Instant placedAt;

  protected Order() {}

  public Order(
      String id,
      String customer,
      String item,
      int quantity,
      long totalCents,
      String currency,
      Instant placedAt) {
    this.id = id;
    this.customer = customer;
    this.item = item;
    this.quantity = quantity;
    this.totalCents = totalCents;
    this.currency = currency;
    this.placedAt = placedAt;
  }

  public String getId() {
    return id;
  }

  public String getCustomer() {
    return customer;
  }

  public String getItem() {
    return item;
  }

  public int getQuantity() {
    return quantity;
  }

  public long getTotalCents() {
    return totalCents;
  }

  public String getCurrency() {
    return currency;
  }

  public Instant getPlacedAt() {
    return placedAt;
  }
}
