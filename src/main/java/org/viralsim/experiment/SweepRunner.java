package org.viralsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.viralsim.config.Scenario;
import org.viralsim.graph.Graph;
import org.viralsim.model.CampaignSim;
import org.viralsim.observe.RunResult;

/**
 * Runs (point, replication) pairs of a sweep on worker threads and hands each result to a sink as
 * soon as it is done, keeping none: memory stays flat however many runs there are. Common random
 * numbers: replication i uses {@code Seeds.replication(baseSeed, i)} at every point, so points
 * differ only by their parameters, not by their random streams.
 */
public final class SweepRunner {
  private SweepRunner() {}

  /** One run of a sweep. */
  public record Run(int point, int replication) {}

  /** Receives finished runs; called from worker threads, so it must be thread-safe. */
  public interface Sink {
    void finished(Run run, RunResult result, double seconds);
  }

  /**
   * @param scenarios the scenario of each point
   * @param networks  the network a point's runs share (or null to draw one per run); may be slow,
   *                  it is called in the workers
   * @param progress  told the number of finished runs after each one
   */
  public static void run(List<Scenario> scenarios, long baseSeed, List<Run> runs, int threads,
      Function<Scenario, Graph> networks, Sink sink, IntConsumer progress) {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work = () -> {
      for (int k; failure.get() == null && (k = next.getAndIncrement()) < runs.size(); ) {
        try {
          Run run = runs.get(k);
          long started = System.nanoTime();
          Scenario scenario = scenarios.get(run.point());
          long seed = Seeds.replication(baseSeed, run.replication());
          RunResult r = ReplicationRunner.runToEnd(new CampaignSim(seed, scenario, networks.apply(scenario)),
              run.replication(), seed);
          sink.finished(run, r, (System.nanoTime() - started) / 1e9);
          progress.accept(done.incrementAndGet());
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        }
      }
    };
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < Math.max(1, Math.min(threads, runs.size())); i++) {
      Thread t = new Thread(work, "sweep-" + i);
      t.setDaemon(true);
      t.start();
      workers.add(t);
    }
    try {
      for (Thread t : workers) t.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      failure.compareAndSet(null, e);
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException re) throw re;
    if (t instanceof OutOfMemoryError oom) throw new MemoryExhausted(oom);
    if (t instanceof Error err) throw err;
    if (t != null) throw new IllegalStateException(t);
  }
}
