package org.viralsim.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.viralsim.config.InvalidValueException;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.Preflight;
import org.viralsim.io.scenario.ScenarioException;
import org.viralsim.io.scenario.ScenarioReader;
import org.viralsim.io.scenario.ScenarioWriter;
import tools.jackson.databind.JsonNode;

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
  /** What {@link #edit} returns when it changed the left scenario only. */
  static final String LEFT_ONLY = "left only";

  private final Source left;
  private final Source right;
  private final Map<String, String> leftEdits = new LinkedHashMap<>();
  private final Map<String, String> rightEdits = new LinkedHashMap<>();
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
   * Applies {@code key.path → value} edits, made for each scenario from its current state, on top of
   * the earlier ones. Side by side, a setting whose value differs between the two scenarios (the
   * difference a lesson shows) is changed on the left only; any other on both.
   *
   * @return null when applied to both, {@link #UNCHANGED} when it changes nothing (and is not kept),
   *     {@link #LEFT_ONLY} when applied to the left only, else why not (one line, naming the side when
   *     two are shown)
   */
  String edit(Function<Scenario, Map<String, String>> change) {
    Map<String, String> leftChange = change.apply(leftNow);
    Map<String, String> nextLeft = merged(leftEdits, leftChange);
    Map<String, String> nextRight = null;
    boolean leftOnly = false;
    if (right != null) {
      // The first key is the one set; any others follow from it (the lurkers' share from another role's).
      String key = leftChange.keySet().iterator().next();
      leftOnly = !at(ScenarioWriter.toTree(leftNow), key).equals(at(ScenarioWriter.toTree(rightNow), key));
      nextRight = merged(rightEdits, leftOnly ? Map.of() : change.apply(rightNow));
    }
    Scenario l;
    Scenario r;
    try {
      l = build(left, nextLeft);
    } catch (ScenarioException | InvalidValueException e) {
      return (sideBySide() ? "left: " : "") + reason(e);
    }
    try {
      r = right == null ? null : build(right, nextRight);
    } catch (ScenarioException | InvalidValueException e) {
      return "right: " + reason(e);
    }
    if (l.equals(leftNow) && Objects.equals(r, rightNow)) return UNCHANGED;
    replace(leftEdits, nextLeft);
    if (right != null) replace(rightEdits, nextRight);
    leftNow = l;
    rightNow = r;
    return leftOnly ? LEFT_ONLY : null;
  }

  /** The value at a dotted key path ({@code campaigns.0.appeal}), or a missing node. */
  private static JsonNode at(JsonNode tree, String path) {
    JsonNode node = tree;
    for (String key : path.split("\\.")) node = node.isArray() ? node.path(Integer.parseInt(key)) : node.path(key);
    return node;
  }

  private static Map<String, String> merged(Map<String, String> edits, Map<String, String> change) {
    Map<String, String> next = new LinkedHashMap<>(edits);
    next.putAll(change);
    return next;
  }

  private static void replace(Map<String, String> edits, Map<String, String> next) {
    edits.clear();
    edits.putAll(next);
  }

  private static String reason(RuntimeException e) {
    if (e instanceof ScenarioException s) return (s.keyPath() == null ? "" : s.keyPath() + ": ") + s.reason();
    return e.getMessage();
  }

  private static Scenario build(Source source, Map<String, String> edits) {
    List<String> overrides = new ArrayList<>();
    edits.forEach((k, v) -> overrides.add(k + "=" + v));
    // From the scenario's own tree, with absolute paths: edits read the same whatever the file said.
    Scenario s = ScenarioReader.fromTree(ScenarioWriter.toTree(source.scenario()), source.label(), Path.of(""),
        overrides);
    if (!s.network().fromFile()) Preflight.check(s, null);
    return s;
  }
}
