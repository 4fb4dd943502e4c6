package dev.omnibox.bench;

import dev.omnibox.bench.ClaimCompleteWorker.BatchOutcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One timed round: every worker runs on its own thread and claims and completes batches without
 * pause. Rows count when their batch's completion commits inside the measurement window, which
 * follows the warmup. Claims that return less than a full batch are counted too: they mean the due
 * rows ran out, or that the database locked more rows than the claim returned.
 */
final class ThroughputRound {

  private static final int WARMUP = 0;
  private static final int MEASURE = 1;
  private static final int STOP = 2;

  private final List<ClaimCompleteWorker> workers;
  private final int batchSize;
  private final CountDownLatch start = new CountDownLatch(1);
  private volatile int phase = WARMUP;

  private ThroughputRound(List<ClaimCompleteWorker> workers, int batchSize) {
    this.workers = List.copyOf(workers);
    this.batchSize = batchSize;
  }

  /** Runs the workers for {@code warmup} and then {@code measurement}. */
  static RoundResult run(
      List<ClaimCompleteWorker> workers, int batchSize, Duration warmup, Duration measurement)
      throws InterruptedException, ExecutionException, TimeoutException {
    return new ThroughputRound(workers, batchSize).run(warmup, measurement);
  }

  private RoundResult run(Duration warmup, Duration measurement)
      throws InterruptedException, ExecutionException, TimeoutException {
    ExecutorService threads = Executors.newFixedThreadPool(workers.size());
    try {
      List<Future<Tally>> tallies = new ArrayList<>();
      for (ClaimCompleteWorker worker : workers) {
        tallies.add(threads.submit(() -> loop(worker)));
      }
      start.countDown();
      Thread.sleep(warmup.toMillis());

      long measureStart = System.nanoTime();
      phase = MEASURE;
      Thread.sleep(measurement.toMillis());
      phase = STOP;
      long measureEnd = System.nanoTime();

      Tally total = new Tally();
      for (Future<Tally> tally : tallies) {
        total.add(tally.get(2, TimeUnit.MINUTES));
      }
      return new RoundResult(
          total.rows,
          (measureEnd - measureStart) / 1e9,
          total.batches,
          total.shortClaims,
          total.lostLeases);
    } finally {
      phase = STOP;
      threads.shutdownNow();
    }
  }

  private Tally loop(ClaimCompleteWorker worker) throws Exception {
    start.await();
    Tally tally = new Tally();
    while (phase != STOP) {
      BatchOutcome outcome = worker.claimAndComplete();
      if (phase == MEASURE) {
        tally.rows += outcome.completed();
        tally.batches++;
        tally.shortClaims += outcome.claimed() < batchSize ? 1 : 0;
        tally.lostLeases += outcome.claimed() - outcome.completed();
      }
    }
    return tally;
  }

  /** The counts of one worker inside the measurement window. */
  private static final class Tally {
    private long rows;
    private long batches;
    private long shortClaims;
    private long lostLeases;

    private void add(Tally other) {
      rows += other.rows;
      batches += other.batches;
      shortClaims += other.shortClaims;
      lostLeases += other.lostLeases;
    }
  }

  /**
   * The outcome of a round.
   *
   * @param rows the rows completed inside the measurement window
   * @param seconds the length of the measurement window
   * @param batches the claims made inside the measurement window
   * @param shortClaims the claims among them that returned less than a full batch
   * @param lostLeases claimed rows that the completion did not change; 0 unless leases expire
   */
  record RoundResult(long rows, double seconds, long batches, long shortClaims, long lostLeases) {

    double rowsPerSecond() {
      return rows / seconds;
    }
  }
}
