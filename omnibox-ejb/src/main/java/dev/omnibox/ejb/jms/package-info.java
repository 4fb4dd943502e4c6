/**
 * The Jakarta Messaging publisher of outbox events, written for Artemis: the message format ({@link
 * dev.omnibox.ejb.jms.MessageProperties}), the topic-to-destination mapping and the classification
 * of broker errors.
 *
 * <p>Stable API since 0.1: {@link dev.omnibox.ejb.jms.JmsEventPublisher}, {@link
 * dev.omnibox.ejb.jms.MessageProperties}, {@link dev.omnibox.ejb.jms.DestinationMapping}, {@link
 * dev.omnibox.ejb.jms.PublishMode}, {@link dev.omnibox.ejb.jms.JmsErrorRules} and the exceptions.
 * Every other type is internal and may change.
 */
package dev.omnibox.ejb.jms;
