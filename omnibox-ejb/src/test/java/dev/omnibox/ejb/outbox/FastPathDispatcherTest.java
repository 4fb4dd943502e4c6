package dev.omnibox.ejb.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.omnibox.testing.MutableClock;
import dev.omnibox.testing.TestEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class FastPathDispatcherTest {

  private final MutableClock clock = new MutableClock(TestEvents.T0);
  private final List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID());

  @Test
  void fullExecutor_isIgnored() {
    Executor full =
        task -> {
          throw new RejectedExecutionException("queue full");
        };
    List<List<UUID>> published = new ArrayList<>();
    FastPathDispatcher dispatcher = new FastPathDispatcher(full, published::add, clock);

    assertThatCode(() -> dispatcher.dispatch(ids)).doesNotThrowAnyException();
    assertThatCode(() -> dispatcher.dispatch(ids)).doesNotThrowAnyException();
    clock.advance(FastPathDispatcher.WARNING_INTERVAL);
    assertThatCode(() -> dispatcher.dispatch(ids)).doesNotThrowAnyException();
    assertThat(published).isEmpty();
  }

  @Test
  void failingPublisher_isIgnored() {
    FastPathDispatcher dispatcher =
        new FastPathDispatcher(
            Runnable::run,
            eventIds -> {
              throw new IllegalStateException("broker down");
            },
            clock);

    assertThatCode(() -> dispatcher.dispatch(ids)).doesNotThrowAnyException();
  }

  @Test
  void dispatch_publishesIdsInOrder() {
    List<List<UUID>> published = new ArrayList<>();
    FastPathDispatcher dispatcher = new FastPathDispatcher(Runnable::run, published::add, clock);

    dispatcher.dispatch(ids);

    assertThat(published).containsExactly(ids);
  }

  @Test
  void synchronization_failingDispatch_doesNotThrowAfterCommit() {
    Executor broken =
        task -> {
          throw new IllegalStateException("executor shut down");
        };
    FastPathSynchronization synchronization =
        new FastPathSynchronization(new FastPathDispatcher(broken, eventIds -> {}, clock));
    synchronization.add(ids.get(0));

    assertThatCode(
            () -> synchronization.afterCompletion(jakarta.transaction.Status.STATUS_COMMITTED))
        .doesNotThrowAnyException();
  }
}
