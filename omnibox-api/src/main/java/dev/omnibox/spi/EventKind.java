package dev.omnibox.spi;

/** Which table an event lives in. */
public enum EventKind {
  OUTBOX,
  INBOX
}
