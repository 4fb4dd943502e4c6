package dev.omnibox.envelope;

import org.jboss.logging.BasicLogger;
import org.jboss.logging.Logger.Level;
import org.jboss.logging.annotations.LogMessage;
import org.jboss.logging.annotations.Message;
import org.jboss.logging.annotations.MessageLogger;

/** Log messages of the envelope package, ids 1700-1799. */
@MessageLogger(projectCode = "OMNIBOX")
interface EnvelopeLogger extends BasicLogger {

  @LogMessage(level = Level.WARN)
  @Message(
      id = 1700,
      value =
          "Message %s has envelope version %d, newer than the supported version %d; reading the"
              + " known fields and ignoring the rest")
  void newerEnvelopeVersion(String messageId, int version, int supported);

  @LogMessage(level = Level.DEBUG)
  @Message(id = 1701, value = "Body of message %s from %s is not JSON; storing it as a JSON string")
  void bodyWrappedAsText(String messageId, String source);
}
