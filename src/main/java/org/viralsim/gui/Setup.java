package org.viralsim.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.viralsim.config.InvalidValueException;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.Preflight;
import org.viralsim.io.scenario.ScenarioException;
import org.viralsim.io.scenario.ScenarioReader;
import org.viralsim.io.scenario.ScenarioWriter;

/**
 * What the next start runs: one scenario, or two side by side, each with the trainer's edits
 * applied as {@code --set} overrides would be. An edit is kept only if every scenario it applies to
 * stays valid; otherwise it is refused with the reason, and nothing changes.
 */
final class Setup {
  /** A scenario as loaded, and how it is named on screen and in messages. */
  record Source(String label, Scenario scenario) {}

  /** What {@link #edit} returns for a change that leaves every scenario as it was. */
  static final String UNCHANGED = "";

  private final Source left;
  private final Source right;
  private final Map<String, String> edits = new LinkedHashMap<>();
  private Scenario leftNow;
  private Scenario rightNow;

  /** @param right the scenario shown beside the left one, or null to show one */
  Setup(Source left, Source right) {
    this.left = left;
    this.right = right;
    this.leftNow = left.scenario();
    this.rightNow = right == null ? null : right.scenario();
  }

  Source leftSource() { return left; }

  Source rightSource() { return right; }

  /** The left (or only) scenario with the edits. */
  Scenario left() { return leftNow; }

  /** The right scenario with the edits, or null. */
  Scenario right() { return rightNow; }

  boolean sideBySide() { return right != null; }

  /**
   * Applies these {@code key.path → value} edits on top of the earlier ones to every scenario.
   *
   * @return null when applied, {@link #UNCHANGED} when it changes nothing (and is not kept), else why
   *     not (one line)
   */
  String edit(Map<String, String> change) {
    Map<String, String> next = new LinkedHashMap<>(edits);
    next.putAll(change);
    try {
      Scenario l = build(left, next);
      Scenario r = right == null ? null : build(right, next);
      if (l.equals(leftNow) && Objects.equals(r, rightNow)) return UNCHANGED;
      edits.clear();
      edits.putAll(next);
      leftNow = l;
      rightNow = r;
      return null;
    } catch (ScenarioException e) {
      String where = e.keyPath() == null ? "" : e.keyPath() + ": ";
      return where + e.reason();
    } catch (InvalidValueException e) {
      return e.getMessage();
    }
  }

  private static Scenario build(Source source, Map<String, String> edits) {
    List<String> overrides = new ArrayList<>();
    edits.forEach((k, v) -> overrides.add(k + "=" + v));
    // From the scenario's own tree, with absolute paths: edits read the same whatever the file said.
    Scenario s = ScenarioReader.fromTree(ScenarioWriter.toTree(source.scenario()), source.label(), Path.of(""),
        overrides);
    if (!(s.network() instanceof NetworkSpec.EdgeList)) Preflight.check(s, null);
    return s;
  }

  /** The key of the main campaign's settings: {@code campaign}, or the first of {@code campaigns}. */
  String campaignKey() {
    return leftNow.campaigns().size() == 1 ? "campaign" : "campaigns.0";
  }
}
