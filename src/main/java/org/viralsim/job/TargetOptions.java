package org.viralsim.job;

import java.util.ArrayList;
import java.util.List;
import org.viralsim.io.scenario.ScenarioException;

/** The options --target-ci and --max-replications, as settings of a sweep file, and the faults they cause. */
final class TargetOptions {
  private TargetOptions() {}

  /** The settings of the sweep file's target_ci section that the options make. */
  static List<String> changes(String targetCi, Integer maxReplications) {
    List<String> changes = new ArrayList<>();
    if (targetCi != null) {
      int eq = targetCi.indexOf('=');
      if (eq <= 0) throw new UserInputException("--target-ci: expected METRIC=HALFWIDTH, was \"" + targetCi + "\"");
      changes.add("target_ci.metric=" + targetCi.substring(0, eq));
      changes.add("target_ci.halfwidth=" + targetCi.substring(eq + 1));
    }
    if (maxReplications != null) {
      if (targetCi == null) throw new UserInputException("--max-replications: goes with --target-ci");
      changes.add("target_ci.max_replications=" + maxReplications);
    }
    return changes;
  }

  /** A fault in the sweep file's target, named as the option's when an option set it. */
  static RuntimeException blame(ScenarioException e, String targetCi, Integer maxReplications) {
    String key = e.keyPath() == null ? "" : e.keyPath();
    boolean fromTarget = targetCi != null && (key.equals("target_ci.metric") || key.equals("target_ci.halfwidth"));
    if (fromTarget) return new UserInputException("--target-ci: " + e.reason());
    if (maxReplications != null && key.equals("target_ci.max_replications")) {
      return new UserInputException("--max-replications: " + e.reason());
    }
    return e;
  }
}
