/** Jakarta Batch artifacts that relay the outbox, dispatch the inbox and run maintenance. */
package dev.omnibox.batch;
