package dev.omnibox.batch.job;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;

/**
 * Keeps the beans of omnibox-ejb out of the Weld SE container of these tests: they need EJB and
 * JMS, which JBeret SE does not have, and the tests supply the repositories themselves.
 */
public class ContainerBeansVeto implements Extension {

  void veto(@Observes ProcessAnnotatedType<?> type) {
    if (type.getAnnotatedType().getJavaClass().getPackageName().startsWith("dev.omnibox.ejb")) {
      type.veto();
    }
  }
}
