package org.viralsim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.viralsim.job.SubmitJob;
import org.viralsim.job.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code viralsim submit}: a sweep's shards as a SLURM job array, and their merge as a job after it. */
@Command(name = "submit", mixinStandardHelpOptions = true,
    description = "Submit a sweep to SLURM (docs/sweeps.md): its shards as a job array, then a job that merges them.")
final class SubmitCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SWEEP", description = "Sweep file (.yaml, .yml or .json).")
  Path file;

  @Option(names = "--resume", paramLabel = "DIR",
      description = "Submit again the shards of the submission in DIR that did not finish, and a new merge.")
  Path resume;

  @Option(names = "--scheduler", paramLabel = "NAME", defaultValue = "slurm",
      description = "The cluster's scheduler; slurm (the default) is the one supported.")
  String scheduler;

  @Option(names = "--shards", paramLabel = "N", description = "Number of shards, one array task each.")
  Integer shards;

  @Option(names = "--threads", paramLabel = "T",
      description = "Threads (and CPUs) per shard. Default: the sweep file's threads, else 1.")
  Integer threads;

  @Option(names = "--partition", paramLabel = "P", description = "SLURM partition of both jobs (default: the cluster's).")
  String partition;

  @Option(names = "--time", paramLabel = "HH:MM:SS", description = "Time limit of each task and of the merge.")
  String time;

  @Option(names = "--sbatch", paramLabel = "OPTION",
      description = "An option for sbatch, passed as given to both jobs (repeatable): --sbatch=--mem=4G --sbatch=--account=A")
  List<String> sbatch = new ArrayList<>();

  @Option(names = "--dry-run", description = "Write the folder and its scripts, and print the commands; submit nothing.")
  boolean dryRun;

  @Mixin OutOption out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (!scheduler.equals("slurm")) {
      throw new UserInputException("--scheduler: only slurm is supported, was '" + scheduler + "' (for Kubernetes see"
          + " the indexed Job in docs/sweeps.md)");
    }
    SubmitJob job = new SubmitJob(spec.commandLine().getOut());
    if (file != null && resume != null) throw new UserInputException("submit: give a sweep file or --resume DIR, not both");
    if (resume != null) {
      if (shards != null || threads != null || partition != null || time != null || !sbatch.isEmpty() || dryRun
          || out.dir != null) {
        throw new UserInputException("--resume: submits again as first submitted; give no --shards, --threads,"
            + " --partition, --time, --sbatch, --dry-run or --out");
      }
      job.resume(resume);
      return 0;
    }
    if (file == null) throw new UserInputException("submit: give a sweep file or --resume DIR");
    if (shards == null) throw new UserInputException("submit: give the number of shards with --shards N");
    job.submit(file, out.dir, new SubmitJob.Options(shards, threads, partition, time, sbatch, dryRun));
    return 0;
  }
}
