package org.viralsim.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.viralsim.io.cascades.CascadeFormat;
import org.viralsim.job.CascadesJob;
import org.viralsim.job.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code viralsim cascades}: the shapes of cascade trees read from a file, as a run measures its items. */
@Command(name = "cascades", mixinStandardHelpOptions = true,
    description = {"Measure cascade trees read from a file (text or gzip): per cascade its size, depth, largest "
        + "breadth, structural virality and, with times, the time to half its final size (docs/cli.md#cascades)."})
final class CascadesCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Cascade file: one edge per line.")
  Path file;

  @Option(names = "--format", paramLabel = "FORMAT", description = "chile or generic. Default: told by the first "
      + "data line (6 fields: chile; 3 or 4, or a header naming a parent column: generic).")
  String format;

  @Mixin OutOption out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CascadesJob.measure(file, format(), out.dir, spec.commandLine().getOut(), spec.commandLine().getErr());
    return 0;
  }

  private CascadeFormat format() {
    if (format == null) return null;
    for (CascadeFormat f : CascadeFormat.values()) {
      if (f.label().equals(format.toLowerCase(Locale.ROOT))) return f;
    }
    throw new UserInputException("--format must be chile or generic, was '" + format + "'");
  }
}
