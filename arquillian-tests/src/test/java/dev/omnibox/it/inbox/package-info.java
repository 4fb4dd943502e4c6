/**
 * In-container tests of the inbox consumer: message-driven beans on the embedded Artemis that store
 * rows in PostgreSQL and call CDI observer handlers. Test code, not API.
 */
package dev.omnibox.it.inbox;
