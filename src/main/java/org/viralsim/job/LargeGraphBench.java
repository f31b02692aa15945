package org.viralsim.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.Preflight;
import org.viralsim.experiment.RunEngine;
import org.viralsim.graph.BuildStats;
import org.viralsim.graph.Graph;
import org.viralsim.graph.SyntheticFollowers;
import org.viralsim.io.network.BinaryGraphWriter;
import org.viralsim.io.network.EdgeListReader;
import org.viralsim.io.scenario.ScenarioReader;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.RunResult;

/**
 * {@code viralsim bench --twitter}: a campaign on a Twitter-sized follower network. Generates the
 * synthetic network ({@link SyntheticFollowers}) straight into a binary graph file, or reuses one,
 * then reports the time to load it, the time of each campaign replication and the peak memory.
 */
public final class LargeGraphBench {
  private final PrintWriter out;

  public LargeGraphBench(PrintWriter out) { this.out = out; }

  /**
   * @param graph the binary graph file to reuse, or to write when missing; null for a temporary one
   *              removed afterwards
   */
  public void run(Path graph, int users, long follows, long seed, int replications, int ticks) {
    Path file = graph != null ? graph : temporaryFile();
    try {
      if (graph != null && Files.exists(graph)) {
        out.printf(Locale.ROOT, "graph: %s (reused)%n", graph);
      } else {
        long t0 = System.nanoTime();
        generate(file, users, follows, seed);
        out.printf(Locale.ROOT, "graph: %s generated in %.1f s (%,d users, %,d follows, %.2f GB)%n", file,
            seconds(t0), users, follows, size(file) / 1e9);
      }
      out.flush();
      long t0 = System.nanoTime();
      Graph g = EdgeListReader.read(file, true).graph();
      out.printf(Locale.ROOT, "load: %.1f s from the binary file (%,d users, %,d follows)%n", seconds(t0),
          g.nodeCount(), g.arcCount());
      out.flush();
      Scenario scenario = campaign(file, replications, ticks);
      Preflight.check(scenario, g);
      for (int r = 0; r < replications; r++) {
        long t1 = System.nanoTime();
        RunResult result = RunEngine.runOne(scenario, g, r);
        out.printf(Locale.ROOT, "replication %d: %.1f s, %d ticks, campaign reach %,.0f users (%.4f%%)%n", r + 1,
            seconds(t1), result.ticksRun(), result.metrics().getOrDefault(RunMetrics.REACH, Double.NaN),
            100 * result.metrics().getOrDefault(RunMetrics.REACH_FRACTION, Double.NaN));
        out.flush();
      }
      out.printf(Locale.ROOT, "peak memory: %s (VmHWM); heap limit %.1f GB%n", peakMemory(),
          Runtime.getRuntime().maxMemory() / 1e9);
    } finally {
      if (graph == null) deleteQuietly(file);
    }
  }

  /** The quickstart's campaign on the file's network: 90-9-1 roles, 10 random seeds, appeal 8, the market on. */
  private static Scenario campaign(Path file, int replications, int ticks) {
    String yaml = "name: twitter-bench\nseed: 42\nsteps: " + ticks + "\nreplications: " + replications + "\n"
        + "network: {type: edge_list, directed: true}\n"
        + "campaign: {appeal: 8, start: 0, seeding: {strategy: random, count: 10}}\n"
        + "diffusion: {model: independent_cascade}\n";
    List<String> path = List.of("network.path=\"" + file.toAbsolutePath().toString().replace("\"", "\\\"") + "\"");
    return ScenarioReader.read(yaml, "<twitter bench>", Path.of(""), path);
  }

  /** Writes the synthetic network: follower counts first, then followers block by block, drawn on all cores. */
  static void generate(Path file, int users, long follows, long seed) {
    SyntheticFollowers net;
    try {
      net = new SyntheticFollowers(users, follows, seed);
    } catch (IllegalArgumentException e) {
      throw new UserInputException("--twitter: " + e.getMessage());
    }
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    BuildStats stats = new BuildStats(follows, 0, 0);
    try (BinaryGraphWriter w = new BinaryGraphWriter(file, users, follows, true, false, false, stats)) {
      w.ints(net.followerCounts(), 0, users);
      Deque<Future<int[]>> pending = new ArrayDeque<>();
      for (int b = 0; b < net.blocks(); b++) {
        int block = b;
        pending.add(pool.submit(() -> net.followers(block)));
        if (pending.size() > threads) write(w, pending.poll());
      }
      while (!pending.isEmpty()) write(w, pending.poll());
      w.commit();
    } finally {
      pool.shutdownNow();
    }
  }

  private static void write(BinaryGraphWriter w, Future<int[]> block) {
    try {
      int[] followers = block.get();
      w.ints(followers, 0, followers.length);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The process's peak resident memory as Linux reports it, or "unknown" elsewhere. */
  private static String peakMemory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return String.format(Locale.ROOT, "%.2f GB", Long.parseLong(line.replaceAll("\\D", "")) * 1024 / 1e9);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: nothing to report
    }
    return "unknown";
  }

  private static Path temporaryFile() {
    try {
      return Files.createTempFile("viralsim-twitter-", ".graph");
    } catch (IOException e) {
      throw new UserInputException("cannot make a temporary file for the graph: " + e.getMessage());
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return -1;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // a temporary file left behind is no reason to fail the benchmark
    }
  }

  private static double seconds(long since) { return (System.nanoTime() - since) / 1e9; }
}
