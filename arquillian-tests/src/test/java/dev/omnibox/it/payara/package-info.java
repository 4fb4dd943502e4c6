/**
 * In-container tests of the Payara set-up: the Artemis resource adapter between the outbox and an
 * inbox message-driven bean, and MicroProfile Metrics. They run with {@code -Dpayara} only. Test
 * code, not API.
 */
package dev.omnibox.it.payara;
