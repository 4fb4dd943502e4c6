package dev.omnibox.it.bench;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;

/**
 * Runs concurrent clients on threads of the server's managed thread factory, so each client has the
 * naming and transaction context of the deployment.
 */
final class Clients {

  private Clients() {}

  /**
   * Starts {@code count} clients, client {@code i} running {@code client.apply(i)}, waits for all
   * of them and returns the sum of their results.
   *
   * @throws IllegalStateException with the first failure of a client as its cause
   */
  static long runAll(ManagedThreadFactory threads, int count, IntFunction<Callable<Long>> client) {
    long[] results = new long[count];
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> started = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int index = i;
      Callable<Long> work = client.apply(index);
      Thread thread =
          threads.newThread(
              () -> {
                try {
                  results[index] = work.call();
                } catch (Throwable e) {
                  failure.compareAndSet(null, e);
                }
              });
      thread.start();
      started.add(thread);
    }
    for (Thread thread : started) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the benchmark clients", e);
      }
    }
    if (failure.get() != null) {
      throw new IllegalStateException("a benchmark client failed: " + failure.get(), failure.get());
    }
    long sum = 0;
    for (long result : results) {
      sum += result;
    }
    return sum;
  }
}
