package org.viralsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.viralsim.job.SweepJob;
import org.viralsim.job.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code viralsim sweep}: a parameter sweep into a results folder, resumable after any interruption. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = "Run a parameter sweep (docs/sweeps.md): every point's replications, streamed to runs.csv.")
final class SweepCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SWEEP", description = "Sweep file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--resume", paramLabel = "DIR", description = "Finish an interrupted sweep whose results folder is DIR.")
  Path resume;

  @Mixin OutOption out;
  @Mixin ThreadsOption threads;

  @Option(names = "--shard", paramLabel = "I/N", description = "Run only the I-th of N deterministic shares of the runs.")
  String shard;

  @Option(names = "--target-ci", paramLabel = "METRIC=HALFWIDTH",
      description = "Add replications at each point until the 95%% CI half-width of METRIC is below HALFWIDTH.")
  String targetCi;

  @Option(names = "--max-replications", paramLabel = "M", description = "Cap on replications per point with --target-ci.")
  Integer maxReplications;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (file != null && resume != null) throw new UserInputException("sweep: give a sweep file or --resume DIR, not both");
    if (file == null && resume == null) throw new UserInputException("sweep: give a sweep file or --resume DIR");
    SweepJob job = new SweepJob(spec.commandLine().getOut(), spec.commandLine().getErr());
    if (resume != null) {
      if (out.dir != null || shard != null || targetCi != null || maxReplications != null) {
        throw new UserInputException("--resume: continues the sweep as it was started; give no --out, --shard,"
            + " --target-ci or --max-replications");
      }
      return job.resume(resume, threads.count);
    }
    return job.start(SweepJob.load(file, targetCi, maxReplications), out.dir, shard, threads.count);
  }
}
