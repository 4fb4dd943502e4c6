/**
 * The omnibox storage on PostgreSQL, MariaDB (and MySQL 8) and H2: {@link
 * dev.omnibox.ejb.storage.JpaOutboxRepository}, {@link dev.omnibox.ejb.storage.JpaInboxRepository}
 * and {@link dev.omnibox.ejb.storage.JpaDeadLetterStore} implement the SPI of {@code
 * dev.omnibox.spi} with SQL per database, inside the transaction of a JPA entity manager or a data
 * source. {@link dev.omnibox.ejb.storage.OmniboxStorage} builds all three; {@link
 * dev.omnibox.ejb.storage.SchemaInstaller} creates the tables from the shipped DDL when the
 * application switches that on. Stable: the public classes here; the sub-packages {@code sql} and
 * {@code jdbc} are internal.
 */
package dev.omnibox.ejb.storage;
