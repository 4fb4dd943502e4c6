package dev.omnibox.ejb.metrics;

import dev.omnibox.spi.EventKind;
import java.util.Locale;

/**
 * Names and tags of the omnibox metrics. Outbox metrics carry the tag {@value #TOPIC_TAG}, inbox
 * metrics the tag {@value #CONSUMER_GROUP_TAG}. A Prometheus scrape shows the dots as underscores,
 * with the unit and type suffixes that the server adds.
 *
 * <table>
 *   <caption>Metrics</caption>
 *   <tr><th>name</th><th>type</th><th>meaning</th></tr>
 *   <tr><td>omnibox.outbox.published</td><td>counter</td><td>events sent to the broker</td></tr>
 *   <tr><td>omnibox.inbox.handled</td><td>counter</td><td>events handled</td></tr>
 *   <tr><td>omnibox.KIND.failed</td><td>counter</td><td>failed attempts, tag counted</td></tr>
 *   <tr><td>omnibox.KIND.retried</td><td>counter</td><td>events scheduled again</td></tr>
 *   <tr><td>omnibox.KIND.dead_lettered</td><td>counter</td><td>events moved to dead
 *       letters</td></tr>
 *   <tr><td>omnibox.KIND.skipped, .stale</td><td>counter</td><td>events skipped or
 *       stale</td></tr>
 *   <tr><td>omnibox.inbox.duplicates</td><td>counter</td><td>redeliveries dropped</td></tr>
 *   <tr><td>omnibox.outbox.publish.latency</td><td>timer</td><td>creation (in the committing
 *       transaction) to publish</td></tr>
 *   <tr><td>omnibox.inbox.handle.latency</td><td>timer</td><td>creation to handled</td></tr>
 *   <tr><td>omnibox.KIND.batch.duration</td><td>timer</td><td>one pipeline batch</td></tr>
 *   <tr><td>omnibox.outbox.pending</td><td>gauge</td><td>PENDING events per topic</td></tr>
 *   <tr><td>omnibox.outbox.pending.oldest.age</td><td>gauge</td><td>age of the oldest PENDING
 *       event per topic, seconds</td></tr>
 *   <tr><td>omnibox.outbox.pending.total</td><td>gauge</td><td>PENDING events of all
 *       topics</td></tr>
 *   <tr><td>omnibox.circuit.open</td><td>gauge</td><td>1 while the breaker is open, tag
 *       name</td></tr>
 * </table>
 */
public final class MetricNames {

  public static final String TOPIC_TAG = "topic";
  public static final String CONSUMER_GROUP_TAG = "consumer_group";
  public static final String COUNTED_TAG = "counted";
  public static final String CIRCUIT_TAG = "name";

  public static final String OUTBOX_PUBLISHED = "omnibox.outbox.published";
  public static final String INBOX_HANDLED = "omnibox.inbox.handled";
  public static final String OUTBOX_LATENCY = "omnibox.outbox.publish.latency";
  public static final String INBOX_LATENCY = "omnibox.inbox.handle.latency";
  public static final String INBOX_DUPLICATES = "omnibox.inbox.duplicates";
  public static final String OUTBOX_PENDING = "omnibox.outbox.pending";
  public static final String OUTBOX_OLDEST_PENDING_AGE = "omnibox.outbox.pending.oldest.age";
  public static final String OUTBOX_PENDING_TOTAL = "omnibox.outbox.pending.total";
  public static final String CIRCUIT_OPEN = "omnibox.circuit.open";

  private MetricNames() {}

  /** Returns {@code omnibox.<kind>.<suffix>}, for example {@code omnibox.outbox.failed}. */
  public static String of(EventKind kind, String suffix) {
    return "omnibox." + kind.name().toLowerCase(Locale.ROOT) + "." + suffix;
  }

  /** Returns the scope tag name of {@code kind}. */
  public static String scopeTag(EventKind kind) {
    return kind == EventKind.OUTBOX ? TOPIC_TAG : CONSUMER_GROUP_TAG;
  }
}
