package org.viralsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.viralsim.job.MythJob;
import org.viralsim.job.Workers;
import org.viralsim.report.MythReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code viralsim myth FILE}: one myth file, a user's own or a shipped one, put to the test. */
@Command(name = "myth", mixinStandardHelpOptions = true,
    description = "Put one myth file (docs/myths.md) to the test on its platform families.")
final class MythCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "Myth file (.yaml).")
  Path file;

  @Option(names = "--quick", description = "Fewer replications (the myth's quick_replications).")
  boolean quick;

  @Mixin OutOption out;
  @Mixin ThreadsOption threads;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    int workers = Workers.of(threads.count, null);
    MythJob.Outcome o = MythJob.run(List.of(file), quick, "myth-" + MythJob.idOf(file), out.dir, workers,
        spec.commandLine().getErr());
    spec.commandLine().getOut().println(MythReport.table(o.findings(), o.overall(), o.sentences()));
    spec.commandLine().getOut().println("Results: " + o.folder());
    return 0;
  }
}
