package org.viralsim.job;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.viralsim.cluster.ShardStatus;
import org.viralsim.cluster.Slurm;
import org.viralsim.cluster.Submission;
import org.viralsim.io.ShellWords;
import org.viralsim.io.sweep.SweepFolder;
import org.viralsim.io.sweep.SweepReader;
import org.viralsim.sweep.MergeCheck;
import org.viralsim.sweep.SweepPlan;

/** Where a submitted sweep stands: each shard, the merge, and what to do about shards that did not finish. */
public final class StatusJob {
  private final PrintWriter out;

  public StatusJob(PrintWriter out) {
    this.out = out;
  }

  /** Prints a line per shard, one for the merge, and the resubmission command when shards are unfinished. */
  public void status(Path dir) {
    Submission s = Submission.read(dir);
    SweepPlan plan = SweepReader.read(s.dir().resolve("sweep.yaml"), List.of());
    int runs = MergeCheck.missing(plan, Map.of()).size();
    Submission.Jobs last = s.latest();
    Slurm.Queue queue = Slurm.queue(SubmitJob.jobIds(s));
    out.println("Sweep " + s.sweep() + " in " + s.shards() + " shards, " + runs + " runs: " + s.dir()
        + (last == null ? " (not submitted: --dry-run)" : ""));
    if (queue.unavailable() != null) out.println("(" + queue.unavailable() + "; what follows is read from the folders)");
    List<ShardStatus> shards = ShardStatus.of(s, queue);
    for (ShardStatus x : shards) {
      int of = (runs - x.shard() + s.shards()) / s.shards(); // runs whose index is shard - 1 modulo shards
      out.println("shard " + x.shard() + "/" + s.shards() + ": " + describe(x, of, s));
    }
    if (Files.isDirectory(s.mergedDir())) {
      out.println("merged: " + s.mergedDir());
      return;
    }
    Slurm.Queued merge = last == null ? null : queue.jobs().get(last.mergeJob());
    if (merge != null) {
      out.println("merge: job " + merge.id() + " " + merge.state().toLowerCase(Locale.ROOT)
          + (merge.pending() ? " (" + merge.reason() + ")" : ""));
    } else {
      out.println("merge: not done" + (last == null ? "" : " (job " + last.mergeJob() + " has left the queue; its log is in "
          + s.dir().resolve("logs") + ")"));
    }
    long unfinished = shards.stream().filter(ShardStatus::unfinished).count();
    if (unfinished > 0 || (merge == null && shards.stream().allMatch(x -> x.state() == ShardStatus.State.DONE))) {
      String what = unfinished == 0 ? "not merged; submit " : unfinished == 1 ? "1 shard unfinished; submit it and "
          : unfinished + " shards unfinished; submit them and ";
      out.println(what + "the merge with: " + ShellWords.join(List.of(s.launcher(), "submit", "--resume",
          s.dir().toString())));
    }
  }

  private static String describe(ShardStatus x, int of, Submission s) {
    String runs = x.runs() + " of " + of + " runs";
    String task = x.task() == null ? "" : "task " + x.task() + ", ";
    switch (x.state()) {
      case DONE: return "done, " + runs;
      case PENDING: return "pending (" + task + x.queued().reason() + ")";
      case RUNNING: return "running (" + task + runs + " so far)";
      case INTERRUPTED: return "interrupted (" + task + runs + " in " + SweepFolder.keptIn(s.shardDir(x.shard()))
          + "); finish it alone with " + SweepFolder.resumeCommand(s.shardDir(x.shard()));
      default: return x.task() == null ? "missing (nothing written)"
          : "missing (task " + x.task() + " wrote nothing; its log is in " + s.dir().resolve("logs") + ")";
    }
  }
}
