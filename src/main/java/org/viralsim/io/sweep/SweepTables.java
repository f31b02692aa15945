package org.viralsim.io.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.viralsim.experiment.SweepRunner.Run;
import org.viralsim.io.CsvTable;
import org.viralsim.io.InputFileException;
import org.viralsim.io.results.Manifest;
import org.viralsim.io.results.ResultsWriter;
import org.viralsim.observe.RunResult;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Estimates;
import org.viralsim.stats.MorrisScreening;
import org.viralsim.stats.SobolIndices;
import org.viralsim.sweep.Sweep;
import org.viralsim.sweep.SweepPlan;
import org.viralsim.sweep.design.Parameter;
import org.viralsim.sweep.design.Point;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The final files of a sweep, made from its runs alone so that they are the same however the runs
 * were scheduled, interrupted or sharded: runs.csv in (point, replication) order, points.csv (per
 * point and metric: mean, sd, 95% CI, n) and, for an analysis, sensitivity.csv.
 */
public final class SweepTables {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SweepTables() {}

  /** Per-point estimates of each metric, points in index order; points without runs are left out. */
  public record PointEstimates(Point point, int replications, Map<String, Estimate> metrics) {}

  /**
   * The sensitivity of one analysis output to each parameter, in the parameters' order: Sobol
   * indices for {@code method} sobol, Morris elementary effects for morris (the other list empty).
   */
  public record Sensitivity(String output, List<SobolIndices.Indices> sobol, List<MorrisScreening.Effects> morris) {
    public Sensitivity {
      sobol = List.copyOf(sobol);
      morris = List.copyOf(morris);
    }
  }

  /**
   * What {@link #writeAll} wrote: the runs (runs.csv's fields by run, in run order), the per-point
   * estimates and, with an analysis of every point, the sensitivities.
   */
  public record Tables(Map<Run, List<String>> runs, List<PointEstimates> points, List<Sensitivity> sensitivity) {
    public Tables {
      runs = Collections.unmodifiableMap(runs);
      points = List.copyOf(points);
      sensitivity = List.copyOf(sensitivity);
    }
  }

  public static void writeSweepFile(Path folder, SweepPlan sweep) throws IOException {
    Files.writeString(folder.resolve("sweep.yaml"), sweep.resolvedYaml(), StandardCharsets.UTF_8);
  }

  /** The manifest of a run with the sweep's hash, shard ("I/N", or null) and number of runs. */
  public static void writeManifest(Path file, Manifest manifest, SweepPlan sweep, String shard, int runs)
      throws IOException {
    ObjectNode root = manifest.toJson(JSON);
    root.put("sweep_hash", sweep.hash());
    if (shard == null) root.putNull("shard"); else root.put("shard", shard);
    root.put("runs", runs);
    ResultsWriter.writeJson(file, root);
  }

  /** The hash a sweep folder's manifest records. */
  public static String hashOf(Path folder) {
    return manifest(folder).path("sweep_hash").asString("");
  }

  /** The sweep file a sweep folder's manifest records as given when the sweep started, or {@code otherwise}. */
  public static String scenarioFileOf(Path folder, String otherwise) {
    return manifest(folder).path("scenario_file").asString(otherwise);
  }

  /** The shard a sweep folder's manifest records ("I/N"), or null for the whole sweep. */
  public static String shardOf(Path folder) {
    JsonNode shard = manifest(folder).path("shard");
    return shard.isString() ? shard.stringValue() : null;
  }

  private static JsonNode manifest(Path folder) {
    Path file = folder.resolve("manifest.json");
    try {
      return JSON.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new InputFileException(file, "cannot be read: " + e.getOriginalMessage());
    } catch (RuntimeException e) {
      throw new InputFileException(file, "cannot be read: " + e.getMessage());
    }
  }

  /** Keeps one run's per-tick series as timeseries/point-P-replication-R.csv, written whole then renamed. */
  public static void writeTimeseries(Path dir, Run run, RunResult result) throws IOException {
    Files.createDirectories(dir);
    String name = "point-" + run.point() + "-replication-" + run.replication() + ".csv";
    Path tmp = dir.resolve(name + ".tmp");
    ResultsWriter.writeTimeseries(tmp, List.of(result));
    Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Rewrites runs.csv in run order in one atomic step, then writes points.csv and sensitivity.csv. */
  public static Tables writeAll(Path folder, SweepPlan sweep, List<String> metrics,
      Map<Run, List<String>> runs) throws IOException {
    List<String> parameters = sweep.sweep().parameters().stream().map(Parameter::key).toList();
    Path tmp = folder.resolve("runs.csv.tmp");
    try (CsvTable csv = new CsvTable(tmp, RunsFile.header(parameters, metrics))) {
      for (List<String> fields : runs.values()) csv.row(fields.stream().map(CsvTable::text).toArray());
    }
    Files.move(tmp, folder.resolve("runs.csv"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    List<PointEstimates> estimates = estimates(sweep, metrics, runs);
    writePoints(folder.resolve("points.csv"), parameters, metrics, estimates);
    List<Sensitivity> sensitivity = List.of();
    if (!sweep.sweep().analysis().none() && estimates.size() == sweep.points().size()) {
      sensitivity = sensitivity(sweep.sweep(), estimates);
      writeSensitivity(folder.resolve("sensitivity.csv"), sweep.sweep(), sensitivity);
    }
    return new Tables(runs, estimates, sensitivity);
  }

  static List<PointEstimates> estimates(SweepPlan sweep, List<String> metrics, Map<Run, List<String>> runs) {
    int first = 3 + sweep.sweep().parameters().size();
    List<PointEstimates> out = new ArrayList<>();
    List<List<String>> atPoint = new ArrayList<>();
    int point = -1;
    for (Map.Entry<Run, List<String>> r : runs.entrySet()) {
      if (r.getKey().point() != point) {
        if (point >= 0) out.add(estimate(sweep.points().get(point), metrics, atPoint, first));
        point = r.getKey().point();
        atPoint = new ArrayList<>();
      }
      atPoint.add(r.getValue());
    }
    if (point >= 0) out.add(estimate(sweep.points().get(point), metrics, atPoint, first));
    return out;
  }

  private static PointEstimates estimate(Point p, List<String> metrics, List<List<String>> rows, int first) {
    Map<String, Estimate> m = new LinkedHashMap<>();
    for (int j = 0; j < metrics.size(); j++) {
      double[] x = new double[rows.size()];
      for (int i = 0; i < x.length; i++) {
        String f = rows.get(i).get(first + j);
        x[i] = f.isEmpty() ? Double.NaN : Double.parseDouble(f);
      }
      m.put(metrics.get(j), Estimates.of(x));
    }
    return new PointEstimates(p, rows.size(), m);
  }

  private static void writePoints(Path file, List<String> parameters, List<String> metrics, List<PointEstimates> points)
      throws IOException {
    List<String> header = new ArrayList<>(List.of("point"));
    header.addAll(parameters);
    header.addAll(List.of("replications", "metric", "mean", "sd", "ci95_low", "ci95_high", "n"));
    try (CsvTable csv = new CsvTable(file, header)) {
      for (PointEstimates p : points) {
        for (String m : metrics) {
          Estimate e = p.metrics().get(m);
          List<Object> row = new ArrayList<>(List.of(p.point().index()));
          for (Object v : p.point().values().values()) row.add(RunsFile.field(v));
          row.addAll(List.of(p.replications(), m, e.mean(), e.sd(), e.ciLow(), e.ciHigh(), e.n()));
          csv.row(row.toArray());
        }
      }
    }
  }

  /** Sobol indices or Morris effects of each analysis output, from its mean at every point (in index order). */
  static List<Sensitivity> sensitivity(Sweep sweep, List<PointEstimates> points) {
    List<Sensitivity> out = new ArrayList<>();
    for (String output : sweep.analysis().outputs()) {
      double[] y = points.stream().mapToDouble(p -> p.metrics().get(output).mean()).toArray();
      if (!DoubleStream.of(y).allMatch(Double::isFinite)) {
        out.add(undefined(sweep, output)); // an undefined mean (roi where nothing was spent) leaves no indices
      } else if (sweep.analysis().method().equals("sobol")) {
        out.add(new Sensitivity(output, SobolIndices.estimate(sweep.sobolPlan(), y, sweep.analysis().bootstrap(),
            sweep.designSeed()).indices(), List.of()));
      } else {
        out.add(new Sensitivity(output, List.of(), MorrisScreening.estimate(sweep.morrisPlan(), y)));
      }
    }
    return out;
  }

  /** Indices that cannot be estimated: empty fields in sensitivity.csv, no bars. */
  private static Sensitivity undefined(Sweep sweep, String output) {
    int d = sweep.parameters().size();
    if (sweep.analysis().method().equals("sobol")) {
      SobolIndices.Index none = new SobolIndices.Index(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
      return new Sensitivity(output, Collections.nCopies(d, new SobolIndices.Indices(none, none)), List.of());
    }
    return new Sensitivity(output, List.of(), Collections.nCopies(d,
        new MorrisScreening.Effects(Double.NaN, Double.NaN, Double.NaN)));
  }

  private static void writeSensitivity(Path file, Sweep sweep, List<Sensitivity> sensitivity) throws IOException {
    boolean sobol = sweep.analysis().method().equals("sobol");
    List<String> header = new ArrayList<>(List.of("parameter", "output"));
    header.addAll(sobol ? List.of("S1", "S1_low", "S1_high", "ST", "ST_low", "ST_high") : List.of("mu", "mu_star", "sigma"));
    try (CsvTable csv = new CsvTable(file, header)) {
      for (Sensitivity s : sensitivity) {
        for (int i = 0; i < sweep.parameters().size(); i++) {
          String parameter = sweep.parameters().get(i).key();
          if (sobol) {
            SobolIndices.Indices x = s.sobol().get(i);
            csv.row(parameter, s.output(), x.first().estimate(), x.first().low(), x.first().high(),
                x.total().estimate(), x.total().low(), x.total().high());
          } else {
            MorrisScreening.Effects e = s.morris().get(i);
            csv.row(parameter, s.output(), e.mu(), e.muStar(), e.sigma());
          }
        }
      }
    }
  }
}
