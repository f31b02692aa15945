package org.viralsim.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.viralsim.io.sweep.SweepFolder;

/**
 * Where one shard of a submitted sweep stands: done (its folder is finished), pending or running (the
 * scheduler says so, or its folder is locked by a live sweep), interrupted (its folder was begun and
 * left), or missing (nothing was written and nothing is queued).
 *
 * @param task the array task that last ran it ("123_4"), or null when it was never submitted
 * @param queued what squeue says of that task, or null when it is not in the queue
 * @param runs the runs recorded in its folder so far
 */
public record ShardStatus(int shard, State state, String task, Slurm.Queued queued, long runs) {
  public enum State { DONE, PENDING, RUNNING, INTERRUPTED, MISSING }

  /** Whether a resubmission must run it again. */
  public boolean unfinished() {
    return state == State.INTERRUPTED || state == State.MISSING;
  }

  /** Every shard of the submission, its state from its folder and, for one not done, from the queue. */
  public static List<ShardStatus> of(Submission s, Slurm.Queue queue) {
    List<ShardStatus> all = new ArrayList<>();
    for (int i = 1; i <= s.shards(); i++) {
      Path dir = s.shardDir(i);
      String task = taskOf(s, i);
      Slurm.Queued queued = task == null ? null : queue.jobs().get(task);
      SweepFolder.Found found = SweepFolder.find(dir);
      State state;
      if (found == SweepFolder.Found.FINISHED) state = State.DONE;
      else if (queued != null) state = queued.pending() ? State.PENDING : State.RUNNING;
      else if (found == SweepFolder.Found.RUNNING) state = State.RUNNING;
      else if (found == SweepFolder.Found.ABSENT) state = State.MISSING;
      else state = State.INTERRUPTED; // stopped, or on a file system without locks and not in the queue
      Path runs = (found == SweepFolder.Found.FINISHED ? dir : SweepFolder.keptIn(dir)).resolve("runs.csv");
      all.add(new ShardStatus(i, state, task, queued, recorded(runs)));
    }
    return all;
  }

  /** The array task of the latest submission that ran shard i. */
  private static String taskOf(Submission s, int shard) {
    for (int k = s.jobs().size() - 1; k >= 0; k--) {
      Submission.Jobs jobs = s.jobs().get(k);
      if (jobs.arrayJob() != null && jobs.tasks().contains(shard)) return jobs.arrayJob() + "_" + shard;
    }
    return null;
  }

  /** Whole lines of runs.csv after its header (a torn last line does not count). */
  private static long recorded(Path runs) {
    if (!Files.isRegularFile(runs)) return 0;
    try {
      return Math.max(0, Files.readString(runs).chars().filter(c -> c == '\n').count() - 1);
    } catch (IOException e) {
      return 0; // only for the report; a folder that cannot be read shows no runs
    }
  }
}
