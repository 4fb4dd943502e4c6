package dev.omnibox.ejb.jms;

import jakarta.jms.IllegalStateException;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageFormatRuntimeException;
import jakarta.jms.ResourceAllocationException;
import jakarta.jms.ResourceAllocationRuntimeException;
import jakarta.jms.TransactionRolledBackException;
import jakarta.jms.TransactionRolledBackRuntimeException;
import java.net.SocketException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import javax.naming.NamingException;

/**
 * Decides whether a JMS failure means that the broker is unavailable (transient) or that it
 * rejected the message (permanent). The exception, its causes and JMS linked exceptions are walked
 * outermost first, and the first one with a decision wins. A chain without a decision is permanent.
 */
final class JmsFailures {

  /**
   * Simple names of the Artemis client exceptions for a lost or timed-out connection. Names, not
   * types, so that omnibox needs no Artemis classes.
   */
  private static final Set<String> ARTEMIS_CONNECTION_ERRORS =
      Set.of(
          "ActiveMQNotConnectedException",
          "ActiveMQConnectionTimedOutException",
          "ActiveMQDisconnectedException",
          "ActiveMQUnBlockedException",
          "ActiveMQAddressFullException",
          "ActiveMQAddressDoesNotExistException");

  private static final List<Class<?>> UNAVAILABLE =
      List.of(
          IllegalStateException.class,
          IllegalStateRuntimeException.class,
          InvalidDestinationException.class,
          InvalidDestinationRuntimeException.class,
          ResourceAllocationException.class,
          ResourceAllocationRuntimeException.class,
          TransactionRolledBackException.class,
          TransactionRolledBackRuntimeException.class,
          SocketException.class,
          TimeoutException.class,
          NamingException.class);

  private static final List<Class<?>> REJECTED =
      List.of(
          MessageFormatException.class,
          MessageFormatRuntimeException.class,
          JMSSecurityException.class,
          JMSSecurityRuntimeException.class);

  private JmsFailures() {}

  /** Returns whether {@code error} means that the broker is unavailable. */
  static boolean isBrokerUnavailable(Throwable error) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable current = error; current != null && seen.add(current); ) {
      if (matches(UNAVAILABLE, current)
          || ARTEMIS_CONNECTION_ERRORS.contains(current.getClass().getSimpleName())) {
        return true;
      }
      if (matches(REJECTED, current)) {
        return false;
      }
      current = next(current);
    }
    return false;
  }

  /** Returns the cause, or for a JMS exception without one, its linked exception. */
  private static Throwable next(Throwable error) {
    if (error.getCause() != null) {
      return error.getCause();
    }
    return error instanceof JMSException jms ? jms.getLinkedException() : null;
  }

  private static boolean matches(List<Class<?>> types, Throwable error) {
    return types.stream().anyMatch(type -> type.isInstance(error));
  }
}
