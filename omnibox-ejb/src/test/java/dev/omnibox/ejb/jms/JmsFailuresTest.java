package dev.omnibox.ejb.jms;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.MessageFormatRuntimeException;
import jakarta.jms.ResourceAllocationRuntimeException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class JmsFailuresTest {

  /** Stands in for the Artemis client exception of the same simple name. */
  static final class ActiveMQNotConnectedException extends Exception {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void connectionProblems_areBrokerUnavailable() {
    assertThat(JmsFailures.isBrokerUnavailable(new IllegalStateRuntimeException("closed")))
        .isTrue();
    assertThat(JmsFailures.isBrokerUnavailable(new ResourceAllocationRuntimeException("full")))
        .isTrue();
    assertThat(JmsFailures.isBrokerUnavailable(new InvalidDestinationRuntimeException("gone")))
        .isTrue();
    assertThat(
            JmsFailures.isBrokerUnavailable(
                new JMSRuntimeException("send failed", null, new ConnectException("refused"))))
        .isTrue();
  }

  @Test
  void linkedArtemisConnectionError_isBrokerUnavailable() {
    JMSException error = new JMSException("failed to create session");
    error.setLinkedException(new ActiveMQNotConnectedException());

    assertThat(JmsFailures.isBrokerUnavailable(error)).isTrue();
  }

  @Test
  void messageAndSecurityProblems_areRejections() {
    assertThat(JmsFailures.isBrokerUnavailable(new MessageFormatRuntimeException("bad"))).isFalse();
    assertThat(
            JmsFailures.isBrokerUnavailable(
                new JMSSecurityRuntimeException("denied", null, new ConnectException("x"))))
        .as("the outermost decision wins")
        .isFalse();
    assertThat(JmsFailures.isBrokerUnavailable(new JMSRuntimeException("other"))).isFalse();
  }
}
