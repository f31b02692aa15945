package org.viralsim.sweep;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.viralsim.experiment.RunId;

/** What merging the shards of a sweep must check, apart from reading them: that no run is missing. */
public final class MergeCheck {
  private MergeCheck() {}

  /** The runs of the plan that none of the shards holds, in run order. */
  public static List<RunId> missing(SweepPlan plan, Map<RunId, RunRecord> merged) {
    return SweepSchedule.pending(plan, merged, Shard.WHOLE);
  }

  /** "replication R of point P", as messages name a run. */
  public static String describe(RunId run) {
    return "replication " + run.replication() + " of point " + run.point();
  }

  /**
   * "; shards 2/4, 4/4 not given" when the shards given ("I/N" each; null for a whole sweep) are
   * shards of one count, else nothing to add.
   */
  public static String shardsNotGiven(List<String> given) {
    if (!given.stream().allMatch(g -> g != null && g.matches("[0-9]{1,9}/[0-9]{1,9}"))) return "";
    Set<String> counts = given.stream().map(g -> g.substring(g.indexOf('/') + 1)).collect(Collectors.toSet());
    if (counts.size() != 1) return "";
    int n = Integer.parseInt(counts.iterator().next());
    List<String> absent = IntStream.rangeClosed(1, n).mapToObj(i -> i + "/" + n).filter(i -> !given.contains(i)).toList();
    return absent.isEmpty() ? "" : "; shard" + (absent.size() > 1 ? "s " : " ") + String.join(", ", absent) + " not given";
  }
}
