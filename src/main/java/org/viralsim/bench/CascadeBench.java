package org.viralsim.bench;

import ec.util.MersenneTwisterFast;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.viralsim.config.Assignment;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Population;
import org.viralsim.config.Role;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.model.CampaignSim;
import org.viralsim.model.Item;
import org.viralsim.model.RoleAssigner;
import org.viralsim.model.SingleCascade;
import org.viralsim.stats.TreeMetrics;

/**
 * Times cascades through the model's own cascade engine: "bare" is plain independent cascade with
 * transmission p; "campaign" is the same transmission split over three roles (90-9-1) with reads,
 * reach, per-user contributions and the cascade tree's structural virality, as a campaign item.
 */
public final class CascadeBench {
  private CascadeBench() {}

  /** Where the campaign metrics go, so that computing them cannot be optimised away. */
  static volatile double metricsSink;

  /**
   * Warm-up lasts at least this long as well as the cascades asked for, so that the JIT compiler
   * has compiled the cascade loop: the timed part measures the steady state, as the C reference's.
   */
  static final long MIN_WARMUP_NANOS = 1_000_000_000L;

  /** Wall and CPU seconds per cascade and the mean cascade size (sharers, seeds included). */
  public record Result(double wallPerCascade, double cpuPerCascade, double meanSize) {
    /** The one JSON line of {@code bench --edges}: the graph, the settings, load time and these timings. */
    public String json(Graph g, double p, int seeds, int cascades, double loadSeconds) {
      return String.format(Locale.ROOT, "{\"nodes\": %d, \"edges\": %d, \"p\": %s, \"seeds\": %d, \"cascades\": %d,"
          + " \"load_seconds\": %.6f, \"per_cascade_seconds\": %.9g, \"cpu_per_cascade_seconds\": %.9g,"
          + " \"mean_cascade_size\": %.4f}", g.nodeCount(), g.edgeCount(), p, seeds, cascades, loadSeconds,
          wallPerCascade, cpuPerCascade, meanSize);
    }
  }

  public static Result bare(Graph g, double p, int seeds, int cascades, int warmup, long rngSeed) {
    return time(SingleCascade.uniform(g, p), g, seeds, cascades, warmup, rngSeed, false);
  }

  /**
   * The same per-edge transmission p as {@link #bare}, but through three roles that read with
   * different activity and reshare with p / activity, counting reads as for a campaign.
   */
  public static Result campaign(Graph g, double p, int seeds, int cascades, int warmup, long rngSeed) {
    double[] activity = {0.8, 0.6, 0.4};
    Map<String, Role> roles = new LinkedHashMap<>();
    String[] names = {"creator", "contributor", "lurker"};
    double[] shares = {0.01, 0.09, 0.90};
    for (int r = 0; r < 3; r++) roles.put(names[r], new Role(shares[r], activity[r], 0, Math.min(1, p / activity[r]), 0.05));
    Population population = new Population(roles, Assignment.RANDOM, 0);
    byte[] roleOf = RoleAssigner.assign(g, population, CampaignSim.streamFor(rngSeed ^ 0x5DEECE66DL));
    return time(new SingleCascade(g, roleOf, population.roleArray(), 1, true), g, seeds, cascades, warmup, rngSeed, true);
  }

  private static Result time(SingleCascade engine, Graph g, int seeds, int cascades, int warmup, long rngSeed,
      boolean treeMetrics) {
    // Warm-up draws from its own stream, so the timed cascades are the same however many it ran.
    MersenneTwisterFast warm = CampaignSim.streamFor(~rngSeed);
    long warmStart = System.nanoTime();
    for (int c = 0; c < warmup || System.nanoTime() - warmStart < MIN_WARMUP_NANOS; c++) {
      cascade(engine, g, seeds, warm, treeMetrics);
    }
    MersenneTwisterFast random = CampaignSim.streamFor(rngSeed);
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double sizeSum = 0;
    long wall0 = System.nanoTime();
    long cpu0 = mx.getCurrentThreadCpuTime();
    for (int c = 0; c < cascades; c++) sizeSum += cascade(engine, g, seeds, random, treeMetrics).cascadeSize();
    double wall = (System.nanoTime() - wall0) / 1e9 / cascades;
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9 / cascades;
    return new Result(wall, cpu, sizeSum / cascades);
  }

  private static Item cascade(SingleCascade engine, Graph g, int seeds, MersenneTwisterFast random, boolean treeMetrics) {
    Item item = engine.run(SingleCascade.randomUsers(g.nodeCount(), seeds, random), random);
    if (treeMetrics) metricsSink += TreeMetrics.structuralVirality(item.parentIndex()) + item.reach();
    return item;
  }

  /** The built-in set: BA m=5 at 10k, 100k, 1M users; p 0.05 and 0.2; bare and campaign. */
  public static void builtInTable(PrintWriter out, int seeds, int cascades, int warmup, long rngSeed) {
    out.println("CPU time per cascade on one thread, after warm-up; 10 random seeds per cascade.");
    out.println("| users | edges | p | bare cascade | as a campaign | campaign / bare | mean cascade size |");
    out.println("|---|---|---|---|---|---|---|");
    for (int n : new int[] {10_000, 100_000, 1_000_000}) {
      Graph g = Generators.generate(new NetworkSpec.BarabasiAlbert(n, 10, null), CampaignSim.streamFor(42));
      for (double p : new double[] {0.05, 0.2}) {
        int c = n >= 1_000_000 && p > 0.1 ? Math.min(cascades, 20) : cascades;
        Result bare = bare(g, p, seeds, c, warmup, rngSeed);
        Result campaign = campaign(g, p, seeds, c, warmup, rngSeed);
        out.println(String.format(Locale.ROOT, "| %,d | %,d | %.2f | %s | %s | %.2f | %.1f |", n, g.edgeCount(), p,
            duration(bare.cpuPerCascade()), duration(campaign.cpuPerCascade()),
            campaign.cpuPerCascade() / bare.cpuPerCascade(), bare.meanSize()));
        out.flush();
      }
    }
  }

  static String duration(double seconds) {
    if (seconds >= 1) return String.format(Locale.ROOT, "%.2f s", seconds);
    if (seconds >= 1e-3) return String.format(Locale.ROOT, "%.2f ms", seconds * 1e3);
    return String.format(Locale.ROOT, "%.1f us", seconds * 1e6);
  }
}
