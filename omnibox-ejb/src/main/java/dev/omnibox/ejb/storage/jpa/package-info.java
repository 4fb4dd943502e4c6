/**
 * Read-only JPA entities over the omnibox tables, for JPQL reports and operator screens. List them
 * in the application's persistence unit to use them. The repositories do not need them: they write
 * and claim with SQL. Stable: the entity and attribute names follow the table columns.
 */
package dev.omnibox.ejb.storage.jpa;
