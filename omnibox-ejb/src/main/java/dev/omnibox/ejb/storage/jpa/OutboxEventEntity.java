package dev.omnibox.ejb.storage.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A row of outbox_events, for JPQL reports and operator screens. Read-only and kept out of the
 * shared cache, because the repositories change rows with SQL that the cache would not see.
 */
@Entity(name = "OmniboxOutboxEvent")
@Table(name = "outbox_events")
@Cache(isolation = CacheIsolationType.ISOLATED)
@org.eclipse.persistence.annotations.ReadOnly
public class OutboxEventEntity extends StoredEventEntity {

  @Column(name = "aggregate_type")
  private String aggregateType;

  @Column(name = "aggregate_id")
  private String aggregateId;

  @Column(name = "topic")
  private String topic;

  public String getAggregateType() {
    return aggregateType;
  }

  public String getAggregateId() {
    return aggregateId;
  }

  public String getTopic() {
    return topic;
  }
}
