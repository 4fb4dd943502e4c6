/**
 * JDBC access of the omnibox storage: sessions that supply a connection inside a transaction, over
 * a JPA entity manager or a data source, and the mapping of database errors to the storage
 * exceptions of {@code dev.omnibox.spi}. Stable for building repositories over a data source; the
 * rest may change between minor versions.
 */
package dev.omnibox.ejb.storage.jdbc;
