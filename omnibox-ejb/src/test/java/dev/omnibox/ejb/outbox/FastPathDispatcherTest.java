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
  void handOversWhileTaskWaits_mergedIntoOneCall() {
    List<Runnable> tasks = new ArrayList<>();
    List<List<UUID>> published = new ArrayList<>();
    FastPathDispatcher dispatcher = new FastPathDispatcher(tasks::add, published::add, clock);
    List<UUID> later = List.of(UUID.randomUUID());

    dispatcher.dispatch(ids);
    dispatcher.dispatch(later);

    assertThat(tasks).hasSize(1);
    tasks.get(0).run();
    assertThat(published).hasSize(1);
    assertThat(published.get(0)).containsExactly(ids.get(0), ids.get(1), later.get(0));
  }

  @Test
  void handOverAfterTaskEnded_submitsNewTask() {
    List<Runnable> tasks = new ArrayList<>();
    List<List<UUID>> published = new ArrayList<>();
    FastPathDispatcher dispatcher = new FastPathDispatcher(tasks::add, published::add, clock);

    dispatcher.dispatch(ids);
    tasks.get(0).run();
    dispatcher.dispatch(ids);

    assertThat(tasks).hasSize(2);
    tasks.get(1).run();
    assertThat(published).containsExactly(ids, ids);
  }

  @Test
  void manyIds_splitIntoBatchesOfMaxSize() {
    List<Runnable> tasks = new ArrayList<>();
    List<List<UUID>> published = new ArrayList<>();
    FastPathDispatcher dispatcher = new FastPathDispatcher(tasks::add, published::add, clock);
    List<UUID> many = new ArrayList<>();
    for (int i = 0; i < FastPathDispatcher.MAX_BATCH + 1; i++) {
      many.add(UUID.randomUUID());
    }

    dispatcher.dispatch(many);
    tasks.get(0).run();

    assertThat(published).hasSize(2);
    assertThat(published.get(0)).hasSize(FastPathDispatcher.MAX_BATCH);
    assertThat(published.get(1)).containsExactly(many.get(FastPathDispatcher.MAX_BATCH));
  }

  @Test
  void longBacklog_taskHandsOverToNewTask() {
    List<Runnable> tasks = new ArrayList<>();
    List<Integer> batchSizes = new ArrayList<>();
    FastPathDispatcher dispatcher =
        new FastPathDispatcher(tasks::add, eventIds -> batchSizes.add(eventIds.size()), clock);
    int calls = FastPathDispatcher.MAX_CALLS_PER_TASK + 1;
    List<UUID> backlog = new ArrayList<>();
    for (int i = 0; i < calls * FastPathDispatcher.MAX_BATCH; i++) {
      backlog.add(UUID.randomUUID());
    }

    dispatcher.dispatch(backlog);
    tasks.get(0).run();

    assertThat(batchSizes).hasSize(FastPathDispatcher.MAX_CALLS_PER_TASK);
    assertThat(tasks).hasSize(2);
    tasks.get(1).run();
    assertThat(batchSizes).hasSize(calls);
    assertThat(tasks).hasSize(2);
  }

  @Test
  void rejectedTask_nextHandOverTriesAgain() {
    List<Runnable> tasks = new ArrayList<>();
    boolean[] full = {true};
    Executor sometimesFull =
        task -> {
          if (full[0]) {
            throw new RejectedExecutionException("queue full");
          }
          tasks.add(task);
        };
    List<List<UUID>> published = new ArrayList<>();
    FastPathDispatcher dispatcher = new FastPathDispatcher(sometimesFull, published::add, clock);
    List<UUID> later = List.of(UUID.randomUUID());

    dispatcher.dispatch(ids);
    full[0] = false;
    dispatcher.dispatch(later);
    tasks.get(0).run();

    assertThat(published).containsExactly(later);
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
