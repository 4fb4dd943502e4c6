/** Sample service: orders in, shipments out, with the operator console. */
package dev.omnibox.sample;
