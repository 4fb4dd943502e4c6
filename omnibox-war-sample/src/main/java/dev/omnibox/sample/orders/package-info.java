/** Orders: the REST endpoints and the service that writes each order with its outbox event. */
package dev.omnibox.sample.orders;
