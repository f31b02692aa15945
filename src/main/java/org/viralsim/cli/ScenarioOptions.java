package org.viralsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.viralsim.config.InvalidValueException;
import org.viralsim.config.Scenario;
import org.viralsim.io.scenario.ScenarioReader;
import org.viralsim.job.UserInputException;
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
}
