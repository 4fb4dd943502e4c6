/**
 * The inbox consumer: {@link dev.omnibox.inbox.InboxConsumeService} stores consumed messages,
 * deduplicated per message id and consumer group, optionally handles them inline, and acknowledges
 * them as {@link dev.omnibox.inbox.AckStrategy} and {@link dev.omnibox.inbox.CommitOffsetPolicy}
 * say.
 *
 * <p>Stable API since 0.1: the public types of this package. Package-private classes are not API.
 */
package dev.omnibox.inbox;
