package dev.omnibox.ejb.storage;

import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger;
import org.jboss.logging.annotations.Cause;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log messages of the omnibox storage, ids 2000-2199. */
@MessageLogger(projectCode = "OMNIBOX")
interface StorageLogger extends BasicLogger {

  StorageLogger LOG = Logger.getMessageLogger(StorageLogger.class, "dev.omnibox.ejb.storage");

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 2000, value = "Released %d stale leases in %s older than %s")
  void staleLocksReleased(int count, String table, java.time.Duration leaseTtl);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 2001, value = "Moved %d FAILED events of %s to dead_letter_events (%s): %s")
  void movedToDeadLetters(int count, String table, String reason, java.util.List<UUID> ids);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 2002, value = "Forced the lease of event %s in %s open: %s")
  void forceUnlocked(UUID id, String table, String reason);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 2003, value = "Created the omnibox schema from %s")
  void schemaCreated(String resource);

  @LogMessage(level = Logger.Level.INFO)
  @Message(
      id = 2004,
      value = "The omnibox schema exists already (table outbox_events found); not running %s")
  void schemaPresent(String resource);

  @LogMessage(level = Logger.Level.DEBUG)
  @Message(
      id = 2005,
      value = "Skipped duplicate insert of event %s (type %s) into %s: existing event %s")
  void duplicateSkipped(UUID id, String eventType, String table, UUID existingId);

  @LogMessage(level = Logger.Level.WARN)
  @Message(id = 2006, value = "Truncated the error text of event %s from %d to %d bytes")
  void errorTruncated(UUID id, int originalBytes, int maxBytes);

  @LogMessage(level = Logger.Level.DEBUG)
  @Message(id = 2007, value = "Deleted %d COMPLETED events from %s")
  void completedDeleted(int count, String table);

  @LogMessage(level = Logger.Level.WARN)
  @Message(
      id = 2008,
      value = "Failed to roll back to the savepoint after a duplicate insert into %s")
  void savepointRollbackFailed(String table, @Cause Throwable cause);

  @LogMessage(level = Logger.Level.INFO)
  @Message(id = 2009, value = "Dropped %d partitions of %s that ended before %s")
  void partitionsDropped(int count, String table, Instant cutoff);
}
