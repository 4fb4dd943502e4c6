package dev.omnibox.it.payara;

import dev.omnibox.ejb.inbox.InboxConsumer;
import dev.omnibox.ejb.inbox.InboxMessageListener;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

/**
 * The inbox consumer of group {@code payara}, on the Artemis resource adapter: the queue is given
 * by its Artemis name, not a JNDI name. {@code WEB-INF/glassfish-ejb-jar.xml} of the deployment
 * names the adapter ({@link PayaraArtemisIT#GLASSFISH_EJB_JAR}).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(
          propertyName = "destination",
          propertyValue = PayaraArtemisIT.TOPIC),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
    })
@InboxConsumer(consumerGroup = "payara")
public class ArtemisRaInbox extends InboxMessageListener {}
