/** Consumer group {@code billing}: creates an invoice per order and skips free orders. */
package dev.omnibox.sample.billing;
