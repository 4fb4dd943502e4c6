package dev.omnibox.it.bench;

import dev.omnibox.ejb.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.LongAdder;

/** The trivial handler of the inbox figure: counts the events it is called with. */
@ApplicationScoped
public class BenchInboxHandler {

  private final LongAdder handled = new LongAdder();

  void on(@Observes @Inbox BenchOrderPlaced order) {
    handled.increment();
  }

  long handled() {
    return handled.sum();
  }
}
