package org.viralsim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --out DIR}: the results folder a command writes. */
final class OutOption {
  @Option(names = "--out", paramLabel = "DIR",
      description = "Results folder (must not exist or be empty). Default: a new folder results/NAME/TIMESTAMP.")
  Path dir;
}
