package org.viralsim.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.viralsim.chart.ComparisonCharts;
import org.viralsim.chart.MythCharts;
import org.viralsim.chart.NamedChart;
import org.viralsim.chart.RunChartSet;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.NetworkCache;
import org.viralsim.io.ChartFiles;
import org.viralsim.io.OutputException;
import org.viralsim.io.OutputFolder;
import org.viralsim.io.ReportFiles;
import org.viralsim.io.myth.MythReader;
import org.viralsim.io.myth.VerdictsWriter;
import org.viralsim.io.results.ComparisonWriter;
import org.viralsim.io.results.Manifest;
import org.viralsim.io.results.ResultsWriter;
import org.viralsim.io.scenario.ScenarioException;
import org.viralsim.io.scenario.ScenarioReader;
import org.viralsim.myth.Finding;
import org.viralsim.myth.Myth;
import org.viralsim.myth.MythLab;
import org.viralsim.myth.Verdict;
import org.viralsim.observe.RunMetrics;
import org.viralsim.report.MythReport;

/**
 * Myths put to the test on their platform families, into one results folder: a sub-folder per myth
 * and family with its evidence, verdicts.json, the effect charts and the report.
 */
public final class MythJob {
  private MythJob() {}

  /** A myth read from its file, with the scenarios of its experiment on each family. */
  record Planned(Myth myth, Path file, List<String> families, List<List<Scenario>> scenarios) {}

  /** The findings by myth and family, each myth's overall verdict and sentence, and where the folder is. */
  public record Outcome(List<List<Finding>> findings, List<Verdict> overall, List<String> sentences, Path folder) {}

  /**
   * @param quick   fewer replications (each myth's quick_replications), said so in the report
   * @param name    the results folder's name under results/ when {@code out} is null
   */
  public static Outcome run(List<Path> files, boolean quick, String name, Path out, int threads, PrintWriter err) {
    Instant started = Instant.now();
    List<Planned> plans = new ArrayList<>();
    for (Path file : files) {
      Planned p = plan(file, quick);
      for (Planned other : plans) {
        if (other.myth().id().equals(p.myth().id())) {
          throw new ScenarioException(file.toString(), "id", p.myth().id() + " is the id of " + other.file() + " too");
        }
      }
      plans.add(p);
    }
    try (OutputFolder folder = OutputFolder.open(out, Path.of("results"), name, LocalDateTime.now())) {
      if (folder.removedNote() != null) err.println("viralsim: note: " + folder.removedNote());
      List<List<Finding>> findings = new ArrayList<>();
      List<Verdict> overall = new ArrayList<>();
      List<String> sentences = new ArrayList<>();
      List<NamedChart> charts = new ArrayList<>();
      try {
        for (Planned p : plans) {
          List<Finding> byFamily = new ArrayList<>();
          for (int f = 0; f < p.families().size(); f++) {
            List<Scenario> scenarios = p.scenarios().get(f);
            String family = p.families().get(f);
            Progress progress = new Progress(err, p.myth().id() + " on " + family, scenarios.size()
                * scenarios.get(0).replications());
            Finding finding = MythLab.test(p.myth(), family, scenarios, threads,
                new NetworkCache(Networks::shared, Math.max(2, threads)), progress::update);
            progress.done();
            evidence(folder.dir().resolve(p.myth().id() + "-" + family), p.myth(), finding);
            byFamily.add(finding);
          }
          Verdict v = Verdict.overall(byFamily.stream().map(Finding::verdict).toList());
          findings.add(byFamily);
          overall.add(v);
          sentences.add(overallSentence(p.myth(), v, byFamily));
          charts.add(MythCharts.effects(p.myth(), byFamily));
        }
        VerdictsWriter.write(folder.file("verdicts.json"), findings, overall, sentences);
        ChartFiles.writeAll(folder.dir(), charts);
        ReportFiles.write(folder.dir(), MythReport.of(findings, overall, sentences, charts, quick,
            RunJob.provenance(files.stream().map(Path::toString).toList(), 0)));
        int replications = plans.stream().mapToInt(p -> quick ? p.myth().quickReplications() : p.myth().replications())
            .max().orElse(0);
        ResultsWriter.writeManifest(folder.file("manifest.json"), Manifest.of(quick ? "myths --quick" : "myths",
            plans.get(0).scenarios().get(0).get(0).seed(), replications, started, Instant.now(), threads,
            String.join(", ", files.stream().map(Path::toString).toList())));
      } catch (IOException e) {
        throw new OutputException(folder.target() + ": cannot write results (" + e + ")", e);
      }
      return new Outcome(findings, overall, sentences, folder.commit());
    }
  }

  /** Reads a myth file and checks its experiment on every family, as {@code myths} does before anything runs. */
  public static void check(Path file) {
    plan(file, true);
    plan(file, false);
  }

  /** Reads a myth and builds its experiment's scenarios on each family, checking them all before anything runs. */
  static Planned plan(Path file, boolean quick) {
    Myth myth = MythReader.read(file);
    List<List<Scenario>> scenarios = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (String entry : myth.families()) {
      Path base = familyFile(file, entry);
      String family = base.getFileName().toString().replaceFirst("\\.(yaml|yml|json)$", "");
      if (names.contains(family)) throw new ScenarioException(file.toString(), "families", family + " is named twice");
      names.add(family);
      List<Scenario> arms = new ArrayList<>();
      for (List<String> settings : settings(myth.experiment())) {
        Scenario s;
        try {
          s = ScenarioReader.read(base, settings);
        } catch (ScenarioException e) {
          throw new ScenarioException(file.toString(), "experiment", "on family " + family + " (" + base + "): "
              + e.getMessage());
        }
        s = s.withReplications(quick ? myth.quickReplications() : myth.replications());
        List<String> metrics = RunMetrics.names(s.population().roleNames(), s.campaigns().stream().map(c -> c.name())
            .toList());
        if (!metrics.contains(myth.metric())) {
          throw new ScenarioException(file.toString(), "metric", "unknown metric " + myth.metric() + " on family "
              + family + "; expected one of " + String.join(", ", metrics));
        }
        for (String chart : myth.charts()) {
          if (!metrics.contains(chart)) {
            throw new ScenarioException(file.toString(), "charts", "unknown metric " + chart + " on family " + family
                + "; expected one of " + String.join(", ", metrics));
          }
        }
        if (myth.prediction() instanceof Myth.Above above) {
          RunMetrics.Range range = RunMetrics.range(myth.metric());
          boolean inside = range.binary() ? above.threshold() > 0 && above.threshold() < 1
              : above.threshold() >= range.min() && above.threshold() <= range.max();
          if (!inside) {
            throw new ScenarioException(file.toString(), "predicts.above", "must lie within the values " + myth.metric()
                + " can take" + (range.binary() ? ", between 0 and 1" : "") + ", was " + above.threshold());
          }
        }
        if (myth.prediction() instanceof Myth.AgreesWith a && !metrics.contains(a.other())) {
          throw new ScenarioException(file.toString(), "predicts.agrees_with", "unknown metric " + a.other()
              + " on family " + family + "; expected one of " + String.join(", ", metrics));
        }
        Networks.preflight(s, Networks.load(s), file + " on family " + family);
        arms.add(s);
      }
      scenarios.add(arms);
    }
    return new Planned(myth, file, names, scenarios);
  }

  /** Where the myth files of the project keep their families, from a myth file beside them. */
  static final String FAMILIES = "families";

  /**
   * A family's scenario file: a path (ending .yaml, .yml or .json) relative to the myth file, or a
   * name looked up in the families folder beside the myth file's folder, then in
   * scenarios/families of the working folder.
   */
  static Path familyFile(Path myth, String entry) {
    Path dir = myth.toAbsolutePath().getParent();
    if (entry.matches(".*\\.(yaml|yml|json)")) {
      Path file = dir.resolve(entry).normalize();
      if (!Files.isRegularFile(file)) throw new ScenarioException(myth.toString(), "families", file + ": no such file");
      return file;
    }
    List<Path> places = List.of(dir.resolveSibling(FAMILIES), Path.of("scenarios", FAMILIES).toAbsolutePath());
    for (Path place : places) {
      if (Files.isRegularFile(place.resolve(entry + ".yaml"))) return place.resolve(entry + ".yaml");
    }
    List<String> known = new ArrayList<>();
    for (Path place : places) {
      try (var files = Files.list(place)) {
        files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml")).map(f -> f.replace(".yaml", ""))
            .filter(f -> !known.contains(f)).sorted().forEach(known::add);
      } catch (IOException e) {
        // a folder that is not there names no family
      }
    }
    throw new ScenarioException(myth.toString(), "families", "no family " + entry + " in " + places.stream().map(
        Path::toString).distinct().toList() + (known.isEmpty() ? "" : "; the families are " + String.join(", ", known))
        + "; or give a scenario file, e.g. " + entry + ".yaml");
  }

  /** A myth file's id, read from the file (its name where it cannot be read: reading it again reports why). */
  public static String idOf(Path file) {
    try {
      return MythReader.read(file).id();
    } catch (RuntimeException e) {
      return file.getFileName().toString();
    }
  }

  /** The settings of each scenario of an experiment: A and B, or one per value. */
  private static List<List<String>> settings(Myth.Experiment e) {
    List<List<String>> out = new ArrayList<>();
    if (e instanceof Myth.Compare c) {
      out.add(concat(c.base(), c.a().set()));
      out.add(concat(c.base(), c.b().set()));
    } else if (e instanceof Myth.Variants v) {
      for (Myth.Arm arm : v.arms()) out.add(concat(v.base(), arm.set()));
    } else {
      Myth.Sweep s = (Myth.Sweep) e;
      for (double v : s.values()) out.add(concat(s.base(), List.of(s.parameter() + "=" + v)));
    }
    return out;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** A family's evidence: the comparison's tables and charts, or the sweep's chart. */
  private static void evidence(Path dir, Myth myth, Finding f) throws IOException {
    if (f.comparison() != null) {
      Myth.Compare c = (Myth.Compare) myth.experiment();
      ComparisonWriter.writeTables(dir, f.comparison());
      ChartFiles.writeAll(dir, ComparisonCharts.charts(f.comparison(), List.of("A: " + c.a().label(),
          "B: " + c.b().label())));
    } else {
      Files.createDirectories(dir);
      for (int p = 0; p < f.points().size(); p++) {
        ResultsWriter.writeRuns(dir.resolve(String.format(Locale.ROOT, "runs-%d.csv", p)), f.points().get(p).runs());
      }
      List<NamedChart> charts = new ArrayList<>();
      if (myth.experiment() instanceof Myth.Variants v) {
        charts.add(ComparisonCharts.kpiMap(f.points(), v.arms().stream().map(Myth.Arm::label).toList()));
      } else {
        charts.add(MythCharts.sweep(myth, f));
        for (String metric : myth.charts()) charts.add(MythCharts.sweep(myth, f, metric));
        if (myth.prediction() instanceof Myth.Above a) {
          // the cascades of every item at the value the claim names: most never leave their first circle
          charts.add(RunChartSet.cascadeSizes(f.points().get(((Myth.Sweep) myth.experiment()).values().indexOf(a.at()))
              .runs()));
        }
      }
      ChartFiles.writeAll(dir, charts);
    }
  }

  static String overallSentence(Myth myth, Verdict v, List<Finding> byFamily) {
    List<String> families = byFamily.stream().map(Finding::family).toList();
    String on = families.size() == 1 ? "the " + families.get(0) + " family" : "all " + families.size() + " families";
    if (v == Verdict.BUSTED) return myth.id() + " \"" + myth.claim() + "\" is busted on " + on + ".";
    if (v == Verdict.HOLDS) return myth.id() + " \"" + myth.claim() + "\" holds on " + on + ".";
    if (byFamily.stream().allMatch(f -> f.verdict() == Verdict.DEPENDS)) {
      return myth.id() + " \"" + myth.claim() + "\" depends: on " + on + " the evidence does not settle it either way.";
    }
    List<String> parts = new ArrayList<>();
    for (Verdict each : Verdict.values()) {
      List<String> these = byFamily.stream().filter(f -> f.verdict() == each).map(Finding::family).toList();
      if (!these.isEmpty()) parts.add(each.key() + " on " + String.join(" and ", these));
    }
    return myth.id() + " \"" + myth.claim() + "\" depends on the platform: " + String.join("; ", parts) + ".";
  }
}
