/** Consumer group {@code shipping}: creates a shipment per order, retrying its first attempt. */
package dev.omnibox.sample.shipping;
