package org.viralsim.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.viralsim.cluster.Launch;
import org.viralsim.cluster.ShardStatus;
import org.viralsim.cluster.Slurm;
import org.viralsim.cluster.SlurmScripts;
import org.viralsim.cluster.Submission;
import org.viralsim.io.OutputException;
import org.viralsim.io.OutputFolder;
import org.viralsim.io.ShellWords;
import org.viralsim.sweep.MergeCheck;
import org.viralsim.sweep.SweepPlan;

/**
 * A sweep submitted to SLURM: its folder with the sweep, the job array script of its shards and the
 * merge script, both submitted (the merge after the array succeeds), and later the shards that did not
 * finish submitted again with a new merge.
 */
public final class SubmitJob {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
  private final PrintWriter out;

  public SubmitJob(PrintWriter out) {
    this.out = out;
  }

  /**
   * How to share out and submit a sweep.
   *
   * @param threads null: the sweep file's threads, else 1
   * @param partition null: the cluster's default
   * @param time null: the partition's default
   * @param sbatchOptions passed to sbatch as given, for both jobs
   */
  public record Options(int shards, Integer threads, String partition, String time, List<String> sbatchOptions,
      boolean dryRun) {
    public Options {
      sbatchOptions = List.copyOf(sbatchOptions);
    }
  }

  /** Writes the submission's folder (exactly {@code dir}, or results/NAME/TIMESTAMP) and submits its jobs. */
  public Path submit(Path sweepFile, Path dir, Options o) {
    check(o);
    SweepPlan plan = SweepJob.load(sweepFile, null, null);
    if (plan.sweep().targetCi() != null) {
      throw new UserInputException(sweepFile + ": has a replication target (target_ci), whose runs depend on the"
          + " results at each point, so it cannot be shared out into shards");
    }
    int runs = MergeCheck.missing(plan, Map.of()).size();
    if (o.shards() > runs) {
      throw new UserInputException("--shards: at most one shard per run, and the sweep has " + runs + " runs; was "
          + o.shards());
    }
    int threads = Workers.of(o.threads() != null ? o.threads() : plan.threads() != null ? plan.threads() : 1, null);
    Path target = (dir != null ? dir : OutputFolder.named(Path.of("results"), plan.sweep().name())
        .resolve(STAMP.format(LocalDateTime.now()))).toAbsolutePath().normalize();
    if (!SlurmScripts.usableFolder(target)) {
      throw new UserInputException("--out: " + target + ": may hold only letters, digits and _ . / @ + = : , -"
          + " (it is written into the scripts' #SBATCH lines)");
    }
    if (!o.dryRun()) Slurm.sbatch(); // before anything is written
    Launch launch = Launch.current();
    Submission s = new Submission(target, plan.sweep().name(), o.shards(), threads, o.partition(), o.time(),
        o.sbatchOptions(), launch.launcher(), List.of());
    Path createdParents;
    try (OutputFolder folder = OutputFolder.open(target, Path.of("results"), plan.sweep().name(), LocalDateTime.now())) {
      createdParents = folder.createdParents();
      try {
        Files.createDirectories(folder.file("logs"));
        Files.createDirectories(folder.file("shards"));
        Files.writeString(folder.file("sweep.yaml"), plan.resolvedYaml(), StandardCharsets.UTF_8);
        script(folder.file(SlurmScripts.SHARDS), SlurmScripts.shards(s, launch));
        script(folder.file(SlurmScripts.MERGE), SlurmScripts.merge(s, launch));
        s.write(folder.dir());
      } catch (IOException e) {
        throw new OutputException(target + ": cannot write the submission (" + e + ")", e);
      }
      folder.commit();
    }
    List<Integer> all = IntStream.rangeClosed(1, o.shards()).boxed().toList();
    if (o.dryRun()) {
      out.println("Scripts for sweep " + s.sweep() + " in " + o.shards() + " shards written; nothing submitted. To submit:");
      out.println("  " + ShellWords.join(arrayCommand(s, all)) + "   # prints the array's job id, ID");
      out.println("  " + ShellWords.join(mergeCommand(s, "ID")));
      out.println("or: " + ShellWords.join(List.of(s.launcher(), "submit", "--resume", target.toString())));
      out.println("Folder: " + target);
      return target;
    }
    try {
      Submission submitted = submitJobs(s, all);
      report(submitted, "Submitted sweep " + s.sweep() + " in " + o.shards() + " shards");
    } catch (RuntimeException e) {
      OutputFolder.withdraw(target, createdParents); // nothing of it runs: no folder left behind
      throw e;
    }
    return target;
  }

  /** Submits again the shards of {@code dir} that did not finish, and a new merge after them. */
  public void resume(Path dir) {
    Submission s = Submission.read(dir);
    Submission.Jobs last = s.latest();
    Slurm.Queue queue = Slurm.queue(jobIds(s));
    if (queue.unavailable() != null) throw new UserInputException(dir + ": cannot tell which shards are still queued ("
        + queue.unavailable() + ")");
    List<ShardStatus> shards = ShardStatus.of(s, queue);
    List<ShardStatus> active = shards.stream().filter(x -> x.state() == ShardStatus.State.RUNNING
        || x.state() == ShardStatus.State.PENDING).toList();
    if (!active.isEmpty()) {
      String tasks = active.stream().filter(x -> x.queued() != null).map(ShardStatus::task).collect(Collectors.joining(" "));
      throw new UserInputException(dir + ": shard" + (active.size() > 1 ? "s " : " ") + active.stream()
          .map(x -> Integer.toString(x.shard())).collect(Collectors.joining(", ")) + " still pending or running; wait for"
          + (active.size() > 1 ? " them" : " it") + " to end" + (tasks.isEmpty() ? "" : ", or cancel with scancel " + tasks));
    }
    if (Files.isDirectory(s.mergedDir())) {
      throw new UserInputException(dir + ": every shard is done and merged into " + s.mergedDir()
          + "; there is nothing to resume");
    }
    Slurm.sbatch();
    Slurm.Queued merge = last == null ? null : queue.jobs().get(last.mergeJob());
    if (merge != null && !merge.pending()) {
      throw new UserInputException(dir + ": merge job " + last.mergeJob() + " is running; wait for it to end");
    }
    if (merge != null) Slurm.cancel(merge.id()); // it waits for shards that failed, so it would never run
    List<Integer> unfinished = shards.stream().filter(ShardStatus::unfinished).map(ShardStatus::shard).toList();
    Submission submitted = submitJobs(s, unfinished);
    report(submitted, unfinished.isEmpty() ? "Every shard of sweep " + s.sweep() + " is done; submitted its merge"
        : "Resubmitted " + unfinished.size() + " of " + s.shards() + " shards of sweep " + s.sweep());
  }

  /** Submits the array of the given shards (none: only the merge) and the merge after it; records the ids. */
  private static Submission submitJobs(Submission s, List<Integer> tasks) {
    String array = tasks.isEmpty() ? null : Slurm.submit(arrayOptions(s, tasks), s.dir().resolve(SlurmScripts.SHARDS));
    String merge;
    try {
      List<String> options = new ArrayList<>(s.sbatchOptions());
      if (array != null) options.add("--dependency=afterok:" + array);
      merge = Slurm.submit(options, s.dir().resolve(SlurmScripts.MERGE));
    } catch (RuntimeException e) {
      if (array != null) Slurm.cancel(array); // an array without its merge would leave shards no one merges
      throw e;
    }
    Submission submitted = s.with(new Submission.Jobs(array, tasks, merge, Instant.now()));
    try {
      submitted.write();
    } catch (IOException e) {
      throw new OutputException(s.dir().resolve(Submission.FILE) + ": cannot record jobs " + array + " and " + merge
          + " (" + e + ")", e);
    }
    return submitted;
  }

  private void report(Submission s, String what) {
    Submission.Jobs j = s.latest();
    out.println(what + ": " + (j.arrayJob() == null ? "" : "job array " + j.arrayJob() + " (task"
        + (j.tasks().size() > 1 ? "s " : " ") + SlurmScripts.taskList(j.tasks()) + "), then ") + "merge job " + j.mergeJob()
        + (j.arrayJob() == null ? "" : " once every task has succeeded") + ".");
    out.println("Folder: " + s.dir() + " (merged result: " + s.mergedDir() + ")");
    out.println("Follow it with: " + ShellWords.join(List.of(s.launcher(), "status", s.dir().toString())));
  }

  /** Every job the submission has made, for squeue. */
  static List<String> jobIds(Submission s) {
    List<String> ids = new ArrayList<>();
    for (Submission.Jobs j : s.jobs()) {
      if (j.arrayJob() != null) ids.add(j.arrayJob());
      ids.add(j.mergeJob());
    }
    return ids;
  }

  private static List<String> arrayOptions(Submission s, List<Integer> tasks) {
    List<String> options = new ArrayList<>(s.sbatchOptions());
    options.add("--array=" + SlurmScripts.taskList(tasks));
    return options;
  }

  private static List<String> arrayCommand(Submission s, List<Integer> tasks) {
    List<String> command = new ArrayList<>(List.of("sbatch", "--parsable"));
    command.addAll(arrayOptions(s, tasks));
    command.add(s.dir().resolve(SlurmScripts.SHARDS).toString());
    return command;
  }

  private static List<String> mergeCommand(Submission s, String arrayJob) {
    List<String> command = new ArrayList<>(List.of("sbatch"));
    command.addAll(s.sbatchOptions());
    command.add("--dependency=afterok:" + arrayJob);
    command.add(s.dir().resolve(SlurmScripts.MERGE).toString());
    return command;
  }

  private static void script(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private static void check(Options o) {
    if (o.shards() < 1) throw new UserInputException("--shards: must be at least 1, was " + o.shards());
    if (o.partition() != null && !o.partition().matches("[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*")) {
      throw new UserInputException("--partition: expected a partition name (or names separated by commas), was '"
          + o.partition() + "'");
    }
    if (o.time() != null && !o.time().matches("([0-9]+-)?[0-9]+(:[0-9]+){0,2}|UNLIMITED|INFINITE")) {
      throw new UserInputException("--time: expected a time limit as SLURM writes it (HH:MM:SS, MM, D-HH:MM:SS ...),"
          + " was '" + o.time() + "'");
    }
    for (String option : o.sbatchOptions()) {
      if (!option.startsWith("-")) {
        throw new UserInputException("--sbatch: expected an sbatch option such as --mem=4G, was '" + option + "'");
      }
      String name = option.replaceFirst("=.*", "");
      if (List.of("--array", "-a", "--dependency", "-d", "--parsable").contains(name)) {
        throw new UserInputException("--sbatch: " + name + " is set by submit itself");
      }
    }
  }
}
