package dev.omnibox.sample.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An invoice of one order, created by the {@code billing} consumer group. */
@Entity
@Table(name = "sample_invoices")
public class Invoice {

  /**
   * The order id: an order is invoiced once. Messages from outside may carry ids of other shapes
   * than this service's UUIDs, up to 255 characters.
   */
  @Id
  @Column(length = 255)
  private String orderId;

  @Column(nullable = false)
  private String customer;

  private long totalCents;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(nullable = false)
  private Instant createdAt;

  protected Invoice() {}

  public Invoice(
      String orderId, String customer, long totalCents, String currency, Instant createdAt) {
    this.orderId = orderId;
    this.customer = customer;
    this.totalCents = totalCents;
    this.currency = currency;
    this.createdAt = createdAt;
  }

  public String getOrderId() {
    return orderId;
  }

  public String getCustomer() {
    return customer;
  }

  public long getTotalCents() {
    return totalCents;
  }

  public String getCurrency() {
    return currency;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
