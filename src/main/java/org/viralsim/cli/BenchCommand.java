package org.viralsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.viralsim.bench.CascadeBench;
import org.viralsim.graph.Graph;
import org.viralsim.gui.FrameRateBench;
import org.viralsim.io.network.EdgeListReader;
import org.viralsim.job.LargeGraphBench;
import org.viralsim.job.SweepJob;
import org.viralsim.job.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code viralsim bench}: the cascade engine's speed, on a file or on the built-in set. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Time independent cascades through the model's cascade engine.",
        "With --edges: one JSON line for that undirected edge list. Without: a table for Barabasi-Albert "
            + "graphs (m = 5) of 10k, 100k and 1M users at p = 0.05 and 0.2, bare and as a campaign.",
        "With --sweep: a table of a sweep's runs per second at each --threads count, and the speed-up.",
        "With --twitter: a campaign on a Twitter-sized synthetic follower network (generated into a binary graph file"
            + " or reused): load time, time per replication and peak memory.",
        "With --gui: the trainer window's screen updates per second at 2,000 and 20,000 users, one run and two side"
            + " by side (drawn off screen, no display needed)."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--edges", paramLabel = "FILE", description = "Undirected edge list to load.")
  Path edges;

  @Option(names = "--p", paramLabel = "P", description = "Transmission probability per edge (default ${DEFAULT-VALUE}).")
  double p = 0.05;

  @Option(names = "--seeds", paramLabel = "K", description = "Random seed users per cascade (default ${DEFAULT-VALUE}).")
  int seeds = 10;

  @Option(names = "--cascades", paramLabel = "C", description = "Timed cascades (default ${DEFAULT-VALUE}).")
  int cascades = 200;

  @Option(names = "--warmup", paramLabel = "W", description = "Untimed cascades first, and at least 1 s of them so the JIT has compiled the engine (default ${DEFAULT-VALUE}); with --sweep, any W > 0 means 2 s of untimed runs and 0 none.")
  int warmup = 20;

  @Option(names = "--rng-seed", paramLabel = "S", description = "Seed of the random stream (default ${DEFAULT-VALUE}).")
  long rngSeed = 1;

  @Option(names = "--sweep", paramLabel = "SWEEP", description = "Sweep file: time its runs at each --threads count instead.")
  Path sweep;

  @Option(names = "--threads", paramLabel = "T,T...", split = ",",
      description = "With --sweep: thread counts to compare (default: 1 and all cores).")
  List<Integer> threads;

  @Option(names = "--runs", paramLabel = "R", description = "With --sweep: runs per round, replications of every point in turn (default ${DEFAULT-VALUE}).")
  int runs = 2000;

  @Option(names = "--rounds", paramLabel = "K", description = "With --sweep: rounds over all thread counts; medians are shown (default ${DEFAULT-VALUE}).")
  int rounds = 5;

  @Option(names = "--gui", description = "Time the trainer window's updates instead.")
  boolean gui;

  @Option(names = "--updates", paramLabel = "U", description = "With --gui: timed updates per measurement (default ${DEFAULT-VALUE}).")
  int updates = 200;

  @Option(names = "--twitter", description = "Time a campaign on a Twitter-sized follower network instead.")
  boolean twitter;

  @Option(names = "--users", paramLabel = "N", description = "With --twitter: users of the network (default ${DEFAULT-VALUE}).")
  int users = 41_700_000;

  @Option(names = "--follows", paramLabel = "M", description = "With --twitter: follows (directed edges) of the network (default ${DEFAULT-VALUE}).")
  long follows = 1_470_000_000L;

  @Option(names = "--graph", paramLabel = "FILE", description = "With --twitter: binary graph file to reuse, or to generate"
      + " and keep when missing (default: a temporary file, removed afterwards).")
  Path graph;

  @Option(names = "--replications", paramLabel = "R", description = "With --twitter: campaign replications timed (default ${DEFAULT-VALUE}).")
  int replications = 2;

  @Option(names = "--ticks", paramLabel = "T", description = "With --twitter: ticks of each replication (default ${DEFAULT-VALUE}).")
  int ticks = 24;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (warmup < 0) throw new UserInputException("--warmup: must be at least 0, was " + warmup);
    if (gui) {
      refuseGiven(List.of("--edges", "--p", "--seeds", "--cascades", "--rng-seed", "--sweep", "--threads", "--runs",
          "--rounds", "--warmup", "--twitter"), "does not go with --gui");
      if (updates < 1) throw new UserInputException("--updates: must be at least 1, was " + updates);
      FrameRateBench.table(out, List.of(2_000, 20_000), updates);
      return 0;
    }
    refuseGiven(List.of("--updates"), "goes with --gui");
    if (twitter) {
      refuseGiven(List.of("--edges", "--p", "--seeds", "--cascades", "--warmup", "--sweep", "--threads", "--runs", "--rounds"),
          "does not go with --twitter");
      if (replications < 1) throw new UserInputException("--replications: must be at least 1, was " + replications);
      if (ticks < 1) throw new UserInputException("--ticks: must be at least 1, was " + ticks);
      new LargeGraphBench(out).run(graph, users, follows, rngSeed, replications, ticks);
      return 0;
    }
    refuseGiven(List.of("--users", "--follows", "--graph", "--replications", "--ticks"), "goes with --twitter");
    if (sweep != null) {
      refuseGiven(List.of("--edges", "--p", "--seeds", "--cascades", "--rng-seed", "--twitter"),
          "does not go with --sweep (the sweep file sets its runs)");
      return benchSweep(out);
    }
    refuseGiven(List.of("--threads", "--runs", "--rounds"), "goes with --sweep");
    if (!(p >= 0 && p <= 1)) throw new UserInputException("--p: must be in [0, 1], was " + p);
    if (seeds < 1) throw new UserInputException("--seeds: must be at least 1, was " + seeds);
    if (cascades < 1) throw new UserInputException("--cascades: must be at least 1, was " + cascades);
    if (edges != null) {
      long t0 = System.nanoTime();
      Graph g = EdgeListReader.read(edges, false).graph();
      if (seeds > g.nodeCount()) {
        throw new UserInputException("--seeds: " + seeds + " seed users per cascade, but " + edges + " has only "
            + g.nodeCount() + " users");
      }
      double load = (System.nanoTime() - t0) / 1e9;
      out.println(CascadeBench.bare(g, p, seeds, cascades, warmup, rngSeed).json(g, p, seeds, cascades, load));
      return 0;
    }
    CascadeBench.builtInTable(out, seeds, cascades, warmup, rngSeed);
    return 0;
  }

  private void refuseGiven(List<String> options, String why) {
    for (String option : options) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) throw new UserInputException(option + ": " + why);
    }
  }

  private int benchSweep(PrintWriter out) {
    new SweepJob(out, spec.commandLine().getErr()).bench(sweep, threads, runs, rounds, warmup > 0);
    return 0;
  }
}
