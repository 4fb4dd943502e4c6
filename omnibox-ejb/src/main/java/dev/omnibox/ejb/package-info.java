/**
 * Container integration of omnibox: JPA storage, CDI and JTA enlistment, the JMS publisher and the
 * MDB inbox consumer.
 */
package dev.omnibox.ejb;
