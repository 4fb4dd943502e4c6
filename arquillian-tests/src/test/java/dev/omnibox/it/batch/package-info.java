/** In-container tests of the omnibox batch jobs on WildFly with PostgreSQL and Artemis. */
package dev.omnibox.it.batch;
