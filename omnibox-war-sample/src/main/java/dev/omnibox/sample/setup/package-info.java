/** The omnibox storage beans of the sample, its REST application and the event read endpoint. */
package dev.omnibox.sample.setup;
