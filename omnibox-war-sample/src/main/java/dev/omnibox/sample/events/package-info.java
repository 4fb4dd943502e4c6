/** The {@code order.placed} payload in its two schema versions, and the migration between them. */
package dev.omnibox.sample.events;
