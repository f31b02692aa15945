package org.viralsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.viralsim.job.MythJob;
import org.viralsim.job.UserInputException;
import org.viralsim.job.Workers;
import org.viralsim.report.MythReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code viralsim myths}: every myth of scenarios/myths put to the test on its platform families. */
@Command(name = "myths", mixinStandardHelpOptions = true,
    description = "Put the virality myths of scenarios/myths to the test on their platform families: a verdict per"
        + " myth and family with its effect and 95%% CI, verdicts.json and a report.")
final class MythsCommand implements Callable<Integer> {
  @Option(names = "--quick", description = "Fewer replications (each myth's quick_replications): indicative verdicts,"
      + " faster.")
  boolean quick;

  @Option(names = "--only", paramLabel = "ID", split = ",", description = "Only these myths, e.g. --only M1,M3.")
  Set<String> only;

  @Option(names = "--myths", paramLabel = "DIR", description = "Folder of myth files (default: ${DEFAULT-VALUE}).")
  Path folder = Path.of("scenarios", "myths");

  @Mixin OutOption out;
  @Mixin ThreadsOption threads;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<Path> files = mythFiles();
    int workers = Workers.of(threads.count, null);
    MythJob.Outcome o = MythJob.run(files, quick, "myths", out.dir, workers, spec.commandLine().getErr());
    spec.commandLine().getOut().println(MythReport.table(o.findings(), o.overall(), o.sentences()));
    spec.commandLine().getOut().println("Results: " + o.folder());
    return 0;
  }

  /** The myth files of the folder, by name; with --only, those whose id is listed (read before anything runs). */
  private List<Path> mythFiles() {
    if (!Files.isDirectory(folder)) {
      throw new UserInputException(folder + ": no such folder of myth files (run from the project folder, or give --myths)");
    }
    List<Path> all;
    try (Stream<Path> s = Files.list(folder)) {
      all = s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
    } catch (IOException e) {
      throw new UserInputException(folder + ": cannot be read (" + e + ")");
    }
    if (only == null) return all;
    List<Path> chosen = all.stream().filter(p -> only.contains(MythJob.idOf(p))).toList();
    List<String> found = chosen.stream().map(MythJob::idOf).toList();
    List<String> missing = only.stream().filter(id -> !found.contains(id)).sorted().toList();
    if (!missing.isEmpty()) {
      throw new UserInputException("--only: no myth " + String.join(", ", missing) + " in " + folder + " (it has "
          + String.join(", ", all.stream().map(MythJob::idOf).toList()) + ")");
    }
    return chosen;
  }
}
