package org.viralsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.viralsim.config.InvalidValueException;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.Preflight;
import org.viralsim.graph.Graph;
import org.viralsim.io.network.EdgeListReader;
import org.viralsim.io.scenario.ScenarioReader;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario a command runs: a file (or the built-in default) with command-line overrides. */
final class ScenarioOptions {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "Scenario file (.yaml, .yml or .json). Without it, the built-in default scenario runs.")
  Path file;

  @Option(names = "--set", paramLabel = "KEY.PATH=VALUE",
      description = "Override any scenario key (repeatable), e.g. --set steps=24")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--replications", paramLabel = "N", description = "Override the number of replications.")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Override the base seed.")
  Long seed;

  /** How the scenario is named in messages. */
  String label() { return file == null ? "<built-in>" : file.toString(); }

  /** The scenario; what the overrides changed besides their keys is noted on {@code err}. */
  Scenario load(PrintWriter err) {
    ScenarioReader.Loaded loaded = file == null ? ScenarioReader.loadDefault(overrides) : ScenarioReader.load(file, overrides);
    for (String note : loaded.notes()) err.println("viralsim: note: " + note);
    Scenario s = loaded.scenario();
    try {
      if (replications != null) s = s.withReplications(replications);
    } catch (InvalidValueException e) {
      throw new UserInputException("--replications: " + e.reason());
    }
    return seed != null ? s.withSeed(seed) : s;
  }

  /** Reads the network file of an edge_list scenario; null for generated networks. */
  static Graph loadNetwork(Scenario scenario) {
    if (scenario.network() instanceof NetworkSpec.EdgeList e) {
      return EdgeListReader.read(Path.of(e.resolved()), e.directed()).graph();
    }
    return null;
  }

  /** Checks the scenario against its network, naming the scenario file in any message. */
  void preflight(Scenario scenario, Graph graph) {
    try {
      Preflight.check(scenario, graph);
    } catch (InvalidValueException e) {
      throw new UserInputException(label() + ": " + e.getMessage());
    }
  }
}
