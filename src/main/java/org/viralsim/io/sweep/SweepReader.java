package org.viralsim.io.sweep;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.viralsim.config.Checks;
import org.viralsim.config.InvalidValueException;
import org.viralsim.config.Scenario;
import org.viralsim.io.CsvTable;
import org.viralsim.io.scenario.Overrides;
import org.viralsim.io.scenario.ScenarioException;
import org.viralsim.io.scenario.ScenarioReader;
import org.viralsim.io.scenario.Section;
import org.viralsim.observe.RunMetrics;
import org.viralsim.sweep.Sweep;
import org.viralsim.sweep.SweepPlan;
import org.viralsim.sweep.design.Design;
import org.viralsim.sweep.design.Parameter;
import org.viralsim.sweep.design.Point;
import org.viralsim.sweep.design.Scale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a sweep file (YAML or JSON, docs/sweeps.md), builds the full scenario of every point by
 * setting its values on the base scenario as {@code --set} does, and checks them all before anything
 * runs. Problems are {@link ScenarioException}s naming the sweep file and key path.
 */
public final class SweepReader {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** As for --threads (job.Workers, which io does not see). */
  private static final int MAX_THREADS = 1024;
  private static final List<String> KEYS = List.of("name", "base", "parameters", "design", "samples", "seed",
      "replications", "threads", "keep_timeseries", "analysis", "target_ci", "charts");
  /**
   * The metrics charted against the parameters when neither {@code charts.metrics} nor analysis
   * outputs name them: how far the campaign spread, whether it went viral, how users engaged and
   * whether it paid.
   */
  public static final List<String> DEFAULT_CHART_METRICS = List.of(RunMetrics.REACH_FRACTION, RunMetrics.VIRAL,
      RunMetrics.ENGAGEMENT_RATE, RunMetrics.ROI);

  private SweepReader() {}

  /** Reads a sweep file; {@code changes} are set on its tree first, as {@code --set} settings (e.g. from options). */
  public static SweepPlan read(Path file, List<String> changes) {
    String label = file.toString();
    JsonNode tree = ScenarioReader.tree(ScenarioReader.text(file), label);
    if (tree == null || !tree.isObject()) throw new ScenarioException(label, null, "must be a mapping of keys to values");
    ObjectNode root = ((ObjectNode) tree).deepCopy();
    Path dir = file.toAbsolutePath().normalize().getParent();
    try {
      Overrides.parse(changes).applyTo(root);
    } catch (ScenarioException e) {
      read((ObjectNode) tree, label, dir); // a fault of the file itself is named as the file's
      throw e;
    }
    return read(root, label, dir);
  }

  private static SweepPlan read(ObjectNode root, String label, Path dir) {
    Section top = new Section(label, "", root);
    top.allowOnly(KEYS.toArray(String[]::new));
    if (!top.has("base")) throw top.error("base", "is required: a scenario file or an inline scenario mapping");
    ObjectNode base = base(top, dir);
    Scenario baseScenario;
    try {
      baseScenario = scenario(base, label, dir, List.of());
    } catch (ScenarioException e) { // named as the user wrote it: a key of the inline base, or of the base file
      JsonNode raw = top.raw("base");
      if (raw.isObject()) throw new ScenarioException(label, e.keyPath() == null ? "base" : "base." + e.keyPath(), e.reason());
      throw new ScenarioException(baseFile(raw, dir).toString(), e.keyPath(), e.reason());
    }
    Sweep sweep = sweep(top, baseScenario);
    List<Point> points;
    try {
      points = sweep.points();
    } catch (IllegalArgumentException e) {
      throw new ScenarioException(label, top.at("parameters"), e.getMessage());
    }
    List<Scenario> scenarios = new ArrayList<>(points.size());
    List<String> metrics = metricNames(baseScenario);
    Set<String> notes = new LinkedHashSet<>();
    for (Point p : points) {
      Scenario s = pointScenario(label, base, dir, p, notes);
      if (!metricNames(s).equals(metrics)) {
        throw new ScenarioException(label, null, "point " + describe(p) + " changes the roles or campaigns, so its"
            + " runs would have other metrics; vary values within them instead");
      }
      scenarios.add(s);
    }
    checkMetrics(top, sweep, metrics);
    List<String> chartMetrics = chartMetrics(top, sweep, metrics);
    ObjectNode resolved = root.deepCopy();
    resolved.set("base", base);
    resolved.remove("threads"); // results do not depend on it, so neither does the hash
    String yaml = ScenarioReader.YAML.writeValueAsString(resolved);
    Integer threads = top.has("threads") ? top.integer("threads", 1) : null;
    if (threads != null && (threads < 1 || threads > MAX_THREADS)) {
      throw top.error("threads", "must be 1 to " + MAX_THREADS + ", was " + threads);
    }
    return new SweepPlan(label, sweep, points, scenarios, baseScenario.seed(), metrics, chartMetrics, threads, yaml,
        sha256(yaml), List.copyOf(notes));
  }

  private static Path baseFile(JsonNode raw, Path dir) {
    return dir.resolve(raw.stringValue()).normalize();
  }

  private static ObjectNode base(Section top, Path dir) {
    JsonNode raw = top.raw("base");
    if (raw.isObject()) return ((ObjectNode) raw).deepCopy();
    if (!raw.isString()) throw top.error("base", "must be a scenario file or a mapping, was " + Section.describe(raw));
    Path file = baseFile(raw, dir);
    String text;
    try {
      text = ScenarioReader.text(file);
    } catch (ScenarioException e) {
      throw top.error("base", file + ": " + e.reason());
    }
    JsonNode tree = ScenarioReader.tree(text, file.toString());
    if (tree == null || !tree.isObject()) throw new ScenarioException(file.toString(), null, "must be a mapping");
    ObjectNode base = (ObjectNode) tree;
    // Inlined into the resolved sweep, a relative network file path must still find its file.
    JsonNode network = base.get("network");
    for (String key : List.of("path", "basename")) {
      if (network instanceof ObjectNode n && n.get(key) != null && n.get(key).isString()) {
        Path given = Path.of(n.get(key).stringValue());
        if (!given.isAbsolute()) n.put(key, file.toAbsolutePath().getParent().resolve(given).normalize().toString());
      }
    }
    return base;
  }

  private static Scenario scenario(ObjectNode base, String label, Path dir, List<String> sets) {
    return ScenarioReader.fromTree(base, label, dir, sets);
  }

  /** A point's scenario; what setting its values changed besides their keys is added to {@code notes}. */
  private static Scenario pointScenario(String label, ObjectNode base, Path dir, Point p, Set<String> notes) {
    List<String> sets = new ArrayList<>();
    for (Map.Entry<String, Object> v : p.values().entrySet()) sets.add(v.getKey() + "=" + JSON.writeValueAsString(v.getValue()));
    try {
      ScenarioReader.Loaded loaded = ScenarioReader.loadTree(base, label + " base", dir, sets);
      for (String note : loaded.notes()) notes.add(label + ": at some points, " + note.replaceFirst("^--set ", "setting "));
      return loaded.scenario();
    } catch (ScenarioException e) {
      throw new ScenarioException(label, null, "point " + describe(p) + " is not a valid scenario: "
          + (e.keyPath() == null ? "" : e.keyPath() + ": ") + e.reason());
    }
  }

  /** A point as {@code 3 (a=1, b=x)}. */
  public static String describe(Point p) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Object> v : p.values().entrySet()) parts.add(v.getKey() + "=" + CsvTable.format(v.getValue()));
    return p.index() + " (" + String.join(", ", parts) + ")";
  }

  private static List<String> metricNames(Scenario s) {
    return RunMetrics.names(s.population().roleNames(), s.campaigns().stream().map(c -> c.name()).toList());
  }

  private static Sweep sweep(Section top, Scenario base) {
    String name = top.text("name", base.name() + "-sweep");
    try {
      if (top.has("name")) Checks.pathName("name", name); // a name written; the default is made of a checked one
    } catch (InvalidValueException e) {
      throw top.error("name", e.reason());
    }
    List<Parameter> parameters = new ArrayList<>();
    for (Section p : top.sections("parameters")) parameters.add(parameter(p));
    if (parameters.isEmpty()) {
      throw top.error("parameters", (top.has("parameters") ? "must list at least one parameter" : "is required")
          + ": a list of {key, values} or {key, from, to, ...}");
    }
    Sweep.Analysis analysis = analysis(top);
    String design = top.choice("design", Sweep.DesignKind.keys(), "grid");
    boolean sampled = analysis.none() && !design.equals(Sweep.DesignKind.GRID.key());
    if (sampled && !top.has("samples")) throw top.error("samples", "is required for design " + design);
    int samples = top.integer("samples", 0);
    if (sampled && (samples < 1 || samples > Design.MAX_POINTS)) {
      throw top.error("samples", "must be in [1, " + Design.MAX_POINTS + "], was " + samples);
    }
    int replications = top.integer("replications", base.replications());
    if (replications < 1) throw top.error("replications", "must be at least 1, was " + replications);
    return new Sweep(name, parameters, Sweep.DesignKind.of(design), samples, top.longInteger("seed", 1), replications,
        top.bool("keep_timeseries", false), analysis, targetCi(top, replications));
  }

  private static Parameter parameter(Section p) {
    p.allowOnly("key", "values", "from", "to", "steps", "scale", "integer");
    String key = p.text("key", null);
    if (key == null) throw p.error("key", "is required: the key path of a scenario value, e.g. network.mean_degree");
    if (p.has("values")) {
      for (String other : List.of("from", "to", "steps", "integer", "scale")) {
        if (p.has(other)) throw p.error(other, "does not go with values; give values or a range, not both");
      }
      JsonNode list = p.raw("values");
      if (!list.isArray()) throw p.error("values", "must be a list, was " + Section.describe(list));
      List<Object> values = new ArrayList<>();
      int i = 0;
      for (JsonNode v : list.values()) values.add(scalar(p, "values[" + i++ + "]", v));
      return p.build(() -> new Parameter.Values(key, values));
    }
    if (!p.has("from") || !p.has("to")) throw p.error(p.has("from") ? "to" : "from", "is required (or give values)");
    double from = p.number("from", 0);
    double to = p.number("to", 0);
    Scale scale = p.option("scale", Scale.LINEAR);
    if (p.has("steps")) {
      if (p.has("integer")) throw p.error("integer", "does not go with steps; a range's values are set by its steps");
      int steps = p.integer("steps", 0);
      return p.build(() -> new Parameter.Range(key, from, to, steps, scale));
    }
    boolean integer = p.bool("integer", false);
    return p.build(() -> new Parameter.Interval(key, from, to, integer, scale));
  }

  private static Object scalar(Section p, String at, JsonNode v) {
    if (v.isIntegralNumber() && v.canConvertToLong()) return v.longValue();
    if (v.isNumber()) return v.doubleValue();
    if (v.isString()) return v.stringValue();
    if (v.isBoolean()) return v.booleanValue();
    throw p.error(at, "must be a number, string or boolean, was " + Section.describe(v));
  }

  private static Sweep.Analysis analysis(Section top) {
    JsonNode raw = top.raw("analysis");
    if (raw != null && raw.isString()) {
      Sweep.Method method = Sweep.Method.of(top.choice("analysis", Sweep.Method.keys(), "none"));
      return new Sweep.Analysis(method, List.of(RunMetrics.REACH), 64, 10, 4, 1000);
    }
    Section a = top.section("analysis");
    a.allowOnly("method", "outputs", "samples", "trajectories", "levels", "bootstrap");
    Sweep.Method method = Sweep.Method.of(a.choice("method", Sweep.Method.keys(), "none"));
    List<String> outputs = a.has("outputs") ? a.ids("outputs") : List.of(RunMetrics.REACH);
    int samples = a.integer("samples", 64);
    if (samples < 2) throw a.error("samples", "must be at least 2 (base rows of the Saltelli plan), was " + samples);
    int trajectories = a.integer("trajectories", 10);
    if (trajectories < 2) throw a.error("trajectories", "must be at least 2, was " + trajectories);
    int levels = a.integer("levels", 4);
    if (levels < 2 || levels % 2 != 0) throw a.error("levels", "must be even and at least 2, was " + levels);
    int bootstrap = a.integer("bootstrap", 1000);
    if (bootstrap < 1) throw a.error("bootstrap", "must be at least 1, was " + bootstrap);
    return new Sweep.Analysis(method, outputs, samples, trajectories, levels, bootstrap);
  }

  private static Sweep.TargetCi targetCi(Section top, int replications) {
    if (!top.has("target_ci")) return null;
    Section t = top.section("target_ci");
    t.allowOnly("metric", "halfwidth", "max_replications");
    String metric = t.text("metric", null);
    if (metric == null) throw t.error("metric", "is required: the metric whose 95% CI half-width is targeted");
    if (!t.has("halfwidth")) throw t.error("halfwidth", "is required: the 95% CI half-width to reach");
    double half = t.number("halfwidth", 0);
    if (!(half > 0)) throw t.error("halfwidth", "must be greater than 0, was " + half);
    int max = t.integer("max_replications", Math.max(100, replications));
    if (max < 2) throw t.error("max_replications", "must be at least 2 (an interval needs two runs), was " + max);
    if (max < replications) {
      throw t.error("max_replications", "must be at least replications (" + replications + "), was " + max);
    }
    return new Sweep.TargetCi(metric, half, max);
  }

  private static void checkMetrics(Section top, Sweep sweep, List<String> metrics) {
    for (int i = 0; i < sweep.analysis().outputs().size(); i++) {
      String m = sweep.analysis().outputs().get(i);
      if (!metrics.contains(m)) {
        throw top.section("analysis").error("outputs[" + i + "]", "unknown metric " + m + "; expected one of "
            + String.join(", ", metrics));
      }
    }
    if (sweep.targetCi() != null && !metrics.contains(sweep.targetCi().metric())) {
      throw top.section("target_ci").error("metric", "unknown metric " + sweep.targetCi().metric()
          + "; expected one of " + String.join(", ", metrics));
    }
  }

  /** {@code charts.metrics}, checked; by default the analysis outputs, else {@link #DEFAULT_CHART_METRICS}. */
  private static List<String> chartMetrics(Section top, Sweep sweep, List<String> metrics) {
    if (!top.has("charts")) return sweep.analysis().none() ? DEFAULT_CHART_METRICS : sweep.analysis().outputs();
    Section charts = top.section("charts");
    charts.allowOnly("metrics");
    if (!charts.has("metrics")) return sweep.analysis().none() ? DEFAULT_CHART_METRICS : sweep.analysis().outputs();
    List<String> chosen = charts.ids("metrics");
    for (int i = 0; i < chosen.size(); i++) {
      String m = chosen.get(i);
      if (!metrics.contains(m)) {
        String hint = m.equals("viral_fraction") ? "; the viral fraction is the mean of viral, so name viral"
            : "; expected one of " + String.join(", ", metrics);
        throw charts.error("metrics[" + i + "]", "unknown metric " + m + hint);
      }
    }
    return List.copyOf(new LinkedHashSet<>(chosen));
  }

  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
