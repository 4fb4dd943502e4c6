package dev.omnibox.batch.job;

import dev.omnibox.batch.InboxRouters;
import dev.omnibox.spi.EventPublisher;
import dev.omnibox.spi.InboxRepository;
import dev.omnibox.spi.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** Produces the installed {@link JobFixture}'s parts as the CDI beans the jobs look up. */
@ApplicationScoped
public class JobTestBeans {

  @Produces
  @Dependent
  OutboxRepository outbox() {
    return JobFixture.current().outbox();
  }

  @Produces
  @Dependent
  InboxRepository inbox() {
    return JobFixture.current().inbox();
  }

  @Produces
  @Dependent
  EventPublisher publisher() {
    return JobFixture.current().publisher();
  }

  @Produces
  @Dependent
  InboxRouters routers() {
    return JobFixture.current().routers();
  }

  @Produces
  @Dependent
  Clock clock() {
    return JobFixture.current().clock();
  }
}
