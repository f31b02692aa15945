package org.viralsim.experiment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.viralsim.config.Scenario;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.model.CampaignSim;
import org.viralsim.observe.RunRecorder;
import org.viralsim.observe.RunResult;

/**
 * The one engine that runs replications, for a scenario's replications and for a sweep's points
 * alike: runs go to worker threads and each result goes to a sink as soon as it is done. Each run
 * is a separate model with its own stream: replication i uses {@code Seeds.replication(baseSeed, i)}
 * whatever its scenario (common random numbers), so results never depend on the number of threads,
 * and scenarios run together differ only by what differs between them, not by their luck.
 */
public final class RunEngine {
  private RunEngine() {}

  /** Receives finished runs; called from worker threads, so it must be thread-safe. */
  public interface Sink {
    void finished(RunId run, RunResult result, double seconds);
  }

  /** Decides when a run may start; called from worker threads. */
  interface Gate {
    /** Returns when the run may start (at once, or once earlier runs are done). */
    void admit(RunId run) throws InterruptedException;

    /** Releases every waiting worker: a run failed. */
    void stop();
  }

  private static final Gate OPEN = new Gate() {
    @Override
    public void admit(RunId run) { }

    @Override
    public void stop() { }
  };

  /** Replications that may wait to be handed on in order, per worker. */
  private static final int WINDOW_PER_WORKER = 4;

  /** When a scenario's replications ran, and on how many workers. */
  public record Span(Instant started, Instant ended, int threads) {}

  /**
   * Runs {@code runs} and hands each result to the sink, keeping none: memory stays flat however
   * many runs there are.
   *
   * @param scenarios the scenario of each point
   * @param networks  the network a point's runs share (or null to draw one per run); may be slow,
   *                  it is called in the workers
   * @param progress  told the number of finished runs after each one
   * @throws MemoryExhausted when the runs in flight need more memory than Java may use
   */
  public static void run(List<Scenario> scenarios, long baseSeed, List<RunId> runs, int threads,
      Function<Scenario, Graph> networks, Sink sink, IntConsumer progress) {
    run(scenarios, baseSeed, runs, threads, networks, OPEN, sink, progress);
  }

  private static void run(List<Scenario> scenarios, long baseSeed, List<RunId> runs, int threads,
      Function<Scenario, Graph> networks, Gate gate, Sink sink, IntConsumer progress) {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work = () -> {
      for (int k; failure.get() == null && (k = next.getAndIncrement()) < runs.size(); ) {
        try {
          RunId run = runs.get(k);
          gate.admit(run);
          if (failure.get() != null) break;
          long started = System.nanoTime();
          Scenario scenario = scenarios.get(run.point());
          long seed = Seeds.replication(baseSeed, run.replication());
          RunResult r = runToEnd(new CampaignSim(seed, scenario, networks.apply(scenario)), run.replication(), seed);
          sink.finished(run, r, (System.nanoTime() - started) / 1e9);
          progress.accept(done.incrementAndGet());
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
          gate.stop();
        }
      }
    };
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < workers(threads, runs.size()); i++) {
      Thread t = new Thread(work, "run-" + i);
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

  /**
   * All replications of one scenario, kept in replication order.
   *
   * @param loaded   the graph read from a file for {@code edge_list} networks, else null
   * @param threads  worker threads (at least 1)
   * @param progress told the number of finished replications after each one
   */
  public static Replications replications(Scenario scenario, Graph loaded, int threads, IntConsumer progress) {
    List<RunResult> results = new ArrayList<>(scenario.replications());
    Span span = replications(scenario, loaded, threads, results::add, progress);
    return new Replications(scenario, List.copyOf(results), span.started(), span.ended(), span.threads());
  }

  /**
   * Runs a scenario's replications and hands each to {@code inOrder} in replication order, one at a
   * time, keeping none: workers run at most {@value #WINDOW_PER_WORKER} replications per worker
   * beyond the oldest not yet handed on, so memory stays bounded whatever the number of replications
   * or threads, and the order of the results never depends on which worker finished first.
   *
   * @param loaded   the graph read from a file for {@code edge_list} networks, else null
   * @param threads  worker threads (at least 1)
   * @param inOrder  receives each replication; what it throws ends the run and is thrown here
   * @param progress told the number of finished replications after each one
   */
  public static Span replications(Scenario scenario, Graph loaded, int threads, Consumer<RunResult> inOrder,
      IntConsumer progress) {
    Instant started = Instant.now();
    Graph shared = sharedNetwork(scenario, loaded);
    int n = scenario.replications();
    List<RunId> runs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) runs.add(new RunId(0, i));
    int workers = workers(threads, n);
    InOrder order = new InOrder(WINDOW_PER_WORKER * workers, inOrder);
    run(List.of(scenario), scenario.seed(), runs, threads, s -> shared, order, order, progress);
    return new Span(started, Instant.now(), workers);
  }

  private static int workers(int threads, int runs) {
    return Math.max(1, Math.min(threads, runs));
  }

  /** Runs one replication of a scenario to its end and returns what it recorded. */
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
}
