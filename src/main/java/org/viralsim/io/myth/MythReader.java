package org.viralsim.io.myth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.viralsim.io.scenario.ScenarioException;
import org.viralsim.io.scenario.ScenarioReader;
import org.viralsim.io.scenario.Section;
import org.viralsim.myth.Myth;
import tools.jackson.databind.JsonNode;

/**
 * Reads a myth file (docs/myths.md). Problems are {@link ScenarioException}s naming the file and
 * key path, as for scenario files.
 */
public final class MythReader {
  /** The platform families a myth is tested on when its file names none. */
  public static final List<String> FAMILIES = List.of("public", "internal", "community");
  private static final List<String> KEYS = List.of("id", "claim", "belief_share", "source", "families", "replications",
      "quick_replications", "experiment", "metric", "predicts", "charts");

  private MythReader() {}

  public static Myth read(Path file) {
    String label = file.toString();
    JsonNode tree = ScenarioReader.tree(ScenarioReader.text(file), label);
    if (tree == null || !tree.isObject()) throw new ScenarioException(label, null, "must be a mapping of keys to values");
    Section top = new Section(label, "", tree);
    top.allowOnly(KEYS.toArray(String[]::new));
    String id = required(top, "id", "a short name such as M3");
    if (!id.matches("[A-Za-z0-9_-]{1,40}")) {
      throw top.error("id", "must be letters, digits, _ or - (at most 40), was \"" + id + "\"");
    }
    String claim = required(top, "claim", "the belief in words");
    Double share = top.has("belief_share") && !top.raw("belief_share").isNull() ? top.number("belief_share", 0) : null;
    if (share != null && !(share >= 0 && share <= 1)) throw top.error("belief_share", "must be in [0, 1], was " + share);
    List<String> families = top.has("families") ? top.ids("families") : FAMILIES;
    if (families.isEmpty()) throw top.error("families", "must name at least one family");
    int replications = top.integer("replications", 30);
    if (replications < 2) throw top.error("replications", "must be at least 2, was " + replications);
    int quick = top.integer("quick_replications", 8);
    if (quick < 2) throw top.error("quick_replications", "must be at least 2, was " + quick);
    if (!top.has("experiment")) throw top.error("experiment", "is required: a compare or a sweep");
    Myth.Experiment experiment = experiment(top.section("experiment"));
    String metric = required(top, "metric", "the per-run metric that decides, e.g. churned");
    Myth.Prediction prediction = prediction(top, experiment);
    return new Myth(id, claim, share, top.text("source", ""), families, replications, quick, experiment, metric,
        prediction, top.has("charts") ? top.ids("charts") : List.of());
  }

  private static String required(Section s, String key, String what) {
    String v = s.text(key, null);
    if (v == null || v.isBlank()) throw s.error(key, "is required: " + what);
    return v;
  }

  private static Myth.Experiment experiment(Section e) {
    String type = e.choice("type", List.of("compare", "sweep", "variants"), null);
    if (type == null) throw e.error("type", "is required: compare, sweep or variants");
    if (type.equals("variants")) {
      e.allowOnly("type", "base", "arms");
      List<Myth.Arm> arms = new ArrayList<>();
      for (Section a : e.sections("arms")) arms.add(arm(a));
      if (arms.size() < 2) throw e.error("arms", "must list at least two variants {label, set}");
      if (arms.stream().map(Myth.Arm::label).distinct().count() < arms.size()) {
        throw e.error("arms", "labels must differ from one another");
      }
      return new Myth.Variants(settings(e, "base"), arms);
    }
    if (type.equals("compare")) {
      e.allowOnly("type", "base", "a", "b");
      if (!e.has("a") || !e.has("b")) throw e.error(e.has("a") ? "b" : "a", "is required: {label, set}");
      Myth.Compare c = new Myth.Compare(settings(e, "base"), arm(e.section("a")), arm(e.section("b")));
      if (c.a().label().equals(c.b().label())) throw e.error("b.label", "must differ from a's label");
      return c;
    }
    e.allowOnly("type", "base", "parameter", "values");
    String parameter = required(e, "parameter", "the scenario key path varied, e.g. campaign.appeal");
    if (!e.has("values")) throw e.error("values", "is required: the parameter's values, in increasing order");
    List<Double> values = new ArrayList<>();
    int i = 0;
    for (JsonNode v : e.raw("values").values()) {
      if (!v.isNumber()) throw e.error("values[" + i + "]", "must be a number, was " + Section.describe(v));
      if (!values.isEmpty() && v.doubleValue() <= values.get(values.size() - 1)) {
        throw e.error("values[" + i + "]", "must be greater than the value before it, was " + v.asString());
      }
      values.add(v.doubleValue());
      i++;
    }
    if (values.size() < 2) throw e.error("values", "must list at least two values");
    return new Myth.Sweep(settings(e, "base"), parameter, values);
  }

  private static Myth.Arm arm(Section a) {
    a.allowOnly("label", "set");
    return new Myth.Arm(required(a, "label", "the variant's name"), settings(a, "set"));
  }

  /** Settings in {@code --set} form, KEY.PATH=VALUE. */
  private static List<String> settings(Section s, String key) {
    if (!s.has(key)) return List.of();
    List<String> out = new ArrayList<>();
    int i = 0;
    for (JsonNode v : s.raw(key).values()) {
      if (!v.isString() || !v.stringValue().contains("=")) {
        throw s.error(key + "[" + i + "]", "must be a setting KEY.PATH=VALUE, was " + Section.describe(v));
      }
      out.add(v.stringValue());
      i++;
    }
    return out;
  }

  private static Myth.Prediction prediction(Section top, Myth.Experiment e) {
    JsonNode raw = top.raw("predicts");
    if (raw == null) throw top.error("predicts", "is required: what the claim predicts of the metric");
    if (e instanceof Myth.Compare) {
      if (!raw.isString() || !raw.stringValue().equals("no_difference")) {
        throw top.error("predicts", "of a compare must be no_difference, was " + Section.describe(raw));
      }
      return new Myth.NoDifference();
    }
    if (!raw.isObject()) {
      throw top.error("predicts", "of a " + (e instanceof Myth.Variants ? "variants experiment must be {best: LABEL} or"
          + " {agrees_with: METRIC}" : "sweep must be {above: THRESHOLD, at: VALUE} or {proportional: true, at: VALUE}")
          + ", was " + Section.describe(raw));
    }
    if (e instanceof Myth.Variants v) {
      Section p = top.section("predicts");
      p.allowOnly("best", "agrees_with");
      if (p.has("best") == p.has("agrees_with")) throw p.error("best", "give either best or agrees_with");
      if (p.has("agrees_with")) return new Myth.AgreesWith(p.text("agrees_with", null));
      String best = p.text("best", null);
      List<String> labels = v.arms().stream().map(Myth.Arm::label).toList();
      if (!labels.contains(best)) throw p.error("best", "must be the label of a variant: " + String.join(", ", labels));
      return new Myth.Best(best);
    }
    Myth.Sweep sweep = (Myth.Sweep) e;
    Section p = top.section("predicts");
    p.allowOnly("above", "proportional", "at");
    if (!p.has("at")) throw p.error("at", "is required: the parameter value the claim speaks of");
    double at = p.number("at", 0);
    if (!sweep.values().contains(at)) throw p.error("at", "must be one of the experiment's values " + sweep.values());
    if (p.has("above") == p.has("proportional")) throw p.error("above", "give either above or proportional");
    if (p.has("above")) return new Myth.Above(p.number("above", 0), at);
    if (!p.bool("proportional", false)) throw p.error("proportional", "must be true (or give above)");
    if (!sweep.values().contains(2 * at)) {
      throw p.error("at", "twice it (" + 2 * at + ") must be one of the experiment's values too");
    }
    return new Myth.Proportional(at);
  }
}
