/**
 * In-container tests of the producing half: the {@code Outbox} bean and CDI observer in a JTA
 * transaction, the fast path after commit, and the Artemis publisher through {@code java:/JmsXA}.
 */
package dev.omnibox.it.outbox;
