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

/** {@code --set}, {@code --replications} and {@code --seed}: what the command line changes in a scenario. */
final class OverrideOptions {
  @Option(names = "--set", paramLabel = "KEY.PATH=VALUE",
      description = "Override any scenario key (repeatable), e.g. --set steps=24")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--replications", paramLabel = "N", description = "Override the number of replications.")
  Integer replications;

  @Option(names = "--seed", paramLabel = "S", description = "Override the base seed.")
  Long seed;

  /**
   * The scenario of a file (null: the built-in default) with the overrides; what they changed besides
   * their keys is noted on {@code err}.
   */
  Scenario load(Path file, PrintWriter err) {
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
