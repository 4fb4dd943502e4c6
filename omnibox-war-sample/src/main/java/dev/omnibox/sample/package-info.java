/**
 * Sample service: orders in, shipments and invoices out, through the omnibox outbox and inbox.
 *
 * <p>{@code orders} takes orders over REST and writes each with its {@code order.placed} outbox
 * event. {@code events} contains the payload records and their schema migration. {@code shipping}
 * and {@code billing} are the two consumer groups, and {@code setup} produces the storage beans and
 * the read endpoints of the omnibox tables.
 */
package dev.omnibox.sample;
