package org.viralsim.experiment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.viralsim.config.Scenario;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.model.CampaignSim;
import org.viralsim.observe.RunRecorder;
import org.viralsim.observe.RunResult;

/**
 * Runs a scenario's replications in parallel. Each replication is a separate model with its own
 * stream seeded by {@link Seeds#replication}, and results are kept by index, so the output is the
 * same whatever the number of threads.
 */
public final class ReplicationRunner {
  private ReplicationRunner() {}

  /** Runs one replication to its end and returns what it recorded. */
  public static RunResult runOne(Scenario scenario, Graph graph, int replication) {
    long seed = Seeds.replication(scenario.seed(), replication);
    return runToEnd(new CampaignSim(seed, scenario, graph), replication, seed);
  }

  /**
   * Starts the model, runs it until its steps are done or it goes quiet, with a recorder attached,
   * and returns what was recorded; the model stays available to the caller for inspection.
   */
  public static RunResult runToEnd(CampaignSim sim, int replication, long seed) {
    Scenario scenario = sim.scenario();
    sim.start();
    RunRecorder recorder = new RunRecorder(sim);
    recorder.attach();
    while (sim.schedule.getSteps() < scenario.steps() && !sim.quiet()) {
      if (!sim.schedule.step(sim)) break;
    }
    sim.endInFlight();
    sim.finish();
    return recorder.result(replication, seed);
  }

  /**
   * The network all replications share, or null when each draws its own: a loaded file's graph
   * as given, or the network generated once from {@code network.seed}.
   */
  public static Graph sharedNetwork(Scenario scenario, Graph loaded) {
    if (loaded != null) return loaded;
    Long seed = scenario.network().seed();
    return seed == null ? null : Generators.generate(scenario.network(), CampaignSim.streamFor(seed));
  }

  /**
   * @param loaded   the graph read from a file for {@code edge_list} networks, else null
   * @param threads  worker threads (at least 1)
   * @param progress told the number of finished replications after each one
   */
  public static Replications run(Scenario scenario, Graph loaded, int threads, IntConsumer progress) {
    Instant started = Instant.now();
    Graph shared = sharedNetwork(scenario, loaded);
    int n = scenario.replications();
    int workers = Math.max(1, Math.min(threads, n));
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "replication");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<RunResult>> futures = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        final int rep = i;
        futures.add(pool.submit(() -> {
          RunResult r = runOne(scenario, shared, rep);
          progress.accept(done.incrementAndGet());
          return r;
        }));
      }
      List<RunResult> runs = new ArrayList<>(n);
      for (Future<RunResult> f : futures) runs.add(f.get());
      return new Replications(scenario, List.copyOf(runs), started, Instant.now(), workers);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) throw re;
      if (cause instanceof OutOfMemoryError oom) throw new MemoryExhausted(oom);
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdownNow();
    }
  }
}
