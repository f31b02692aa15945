package org.viralsim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.viralsim.config.Scenario;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The scenario a command runs: a file (or the built-in default) with command-line overrides. */
final class ScenarioOptions {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "Scenario file (.yaml, .yml or .json). Without it, the built-in default scenario runs.")
  Path file;

  @Mixin OverrideOptions overrides;

  /** How the scenario is named in messages. */
  String label() { return file == null ? "<built-in>" : file.toString(); }

  /** The scenario; what the overrides changed besides their keys is noted on {@code err}. */
  Scenario load(PrintWriter err) {
    return overrides.load(file, err);
  }
}
