package dev.omnibox.ejb.storage.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * A row of inbox_events, for JPQL reports and operator screens. Read-only and kept out of the
 * shared cache, because the repositories change rows with SQL that the cache would not see.
 */
@Entity(name = "OmniboxInboxEvent")
@Table(name = "inbox_events")
@Cache(isolation = CacheIsolationType.ISOLATED)
@org.eclipse.persistence.annotations.ReadOnly
public class InboxEventEntity extends StoredEventEntity {

  @Column(name = "message_id")
  private String messageId;

  @Column(name = "consumer_group")
  private String consumerGroup;

  @Column(name = "source")
  private String source;

  public String getMessageId() {
    return messageId;
  }

  public String getConsumerGroup() {
    return consumerGroup;
  }

  public String getSource() {
    return source;
  }
}
