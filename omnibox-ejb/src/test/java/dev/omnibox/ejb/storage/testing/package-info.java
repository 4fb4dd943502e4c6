/** Test databases for the storage tests: H2 in memory, PostgreSQL and MariaDB. */
package dev.omnibox.ejb.storage.testing;
