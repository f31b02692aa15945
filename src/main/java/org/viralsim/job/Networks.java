package org.viralsim.job;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.viralsim.config.InvalidValueException;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.Preflight;
import org.viralsim.experiment.RunEngine;
import org.viralsim.graph.Graph;
import org.viralsim.io.network.EdgeListReader;
import org.viralsim.io.network.WebGraphReader;
import org.viralsim.io.sweep.SweepReader;
import org.viralsim.sweep.SweepPlan;

/** The networks scenarios run on, read from their files, and the checks of scenarios against them. */
public final class Networks {
  private Networks() {}

  /** Reads the network file of an edge_list or webgraph scenario; null for generated networks. */
  public static Graph load(Scenario scenario) {
    if (scenario.network() instanceof NetworkSpec.EdgeList e) {
      return EdgeListReader.read(Path.of(e.resolved()), e.directed()).graph();
    }
    if (scenario.network() instanceof NetworkSpec.WebGraph w) {
      return WebGraphReader.read(Path.of(w.resolved()), w.arcs(), w.directed());
    }
    return null;
  }

  /** The network a scenario's runs share (read or generated once), or null when each run draws its own. */
  public static Graph shared(Scenario scenario) {
    return RunEngine.sharedNetwork(scenario, load(scenario));
  }

  /** Checks a scenario against its network, naming the scenario file (its label) in any message. */
  public static void preflight(Scenario scenario, Graph graph, String label) {
    try {
      Preflight.check(scenario, graph);
    } catch (InvalidValueException e) {
      throw new UserInputException(label + ": " + e.getMessage());
    }
  }

  /** Checks every point of a sweep against its network, as {@code run} does, so no run fails half-way through. */
  public static void preflight(SweepPlan sweep) {
    Map<List<Object>, Graph> files = new HashMap<>(); // by file and how it is read: read directed, a file differs
    for (int i = 0; i < sweep.scenarios().size(); i++) {
      Scenario s = sweep.scenarios().get(i);
      Graph graph = s.network().fromFile() ? files.computeIfAbsent(fileKey(s.network()), key -> load(s)) : null;
      try {
        Preflight.check(s, graph);
      } catch (InvalidValueException e) {
        throw new UserInputException(sweep.label() + ": point " + SweepReader.describe(sweep.points().get(i))
            + " is not a valid scenario: " + e.getMessage());
      }
    }
  }

  /** A network file as read: its resolved path and reading keys, not the path as written. */
  private static List<Object> fileKey(NetworkSpec spec) {
    if (spec instanceof NetworkSpec.WebGraph w) return List.of(w.type(), w.resolved(), w.arcs(), w.directed());
    NetworkSpec.EdgeList e = (NetworkSpec.EdgeList) spec;
    return List.of(e.type(), e.resolved(), e.directed());
  }
}
