package org.viralsim.io.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.viralsim.experiment.RunId;
import org.viralsim.io.CsvTable;
import org.viralsim.io.results.ResultsWriter;
import org.viralsim.observe.RunResult;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.MorrisScreening;
import org.viralsim.stats.SobolIndices;
import org.viralsim.sweep.RunRecord;
import org.viralsim.sweep.Sweep;
import org.viralsim.sweep.SweepPlan;
import org.viralsim.sweep.SweepResults.PointEstimates;
import org.viralsim.sweep.SweepResults.Sensitivity;
import org.viralsim.sweep.SweepResults;

/**
 * The final tables of a sweep folder: runs.csv in (point, replication) order, points.csv (per
 * point and metric: mean, sd, 95% CI, n) and, for an analysis, sensitivity.csv; also sweep.yaml
 * and the per-run series kept with keep_timeseries.
 */
public final class SweepTables {
  private SweepTables() {}

  public static void writeSweepFile(Path folder, SweepPlan sweep) throws IOException {
    Files.writeString(folder.resolve("sweep.yaml"), sweep.resolvedYaml(), StandardCharsets.UTF_8);
  }

  /** Keeps one run's per-tick series as timeseries/point-P-replication-R.csv, written whole then renamed. */
  public static void writeTimeseries(Path dir, RunId run, RunResult result) throws IOException {
    Files.createDirectories(dir);
    String name = "point-" + run.point() + "-replication-" + run.replication() + ".csv";
    Path tmp = dir.resolve(name + ".tmp");
    ResultsWriter.writeTimeseries(tmp, List.of(result));
    Files.move(tmp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Rewrites runs.csv in run order in one atomic step, then writes points.csv and sensitivity.csv. */
  public static void writeAll(Path folder, SweepPlan sweep, SweepResults results) throws IOException {
    List<String> parameters = sweep.parameterKeys();
    Path tmp = folder.resolve("runs.csv.tmp");
    try (CsvTable csv = new CsvTable(tmp, RunsFile.header(parameters, sweep.metrics()))) {
      for (RunRecord r : results.runs()) csv.row(RunsFile.fields(r).toArray());
    }
    Files.move(tmp, folder.resolve("runs.csv"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    writePoints(folder.resolve("points.csv"), parameters, sweep.metrics(), results.points());
    if (!results.sensitivity().isEmpty()) {
      writeSensitivity(folder.resolve("sensitivity.csv"), sweep.sweep(), results.sensitivity());
    }
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

  private static void writeSensitivity(Path file, Sweep sweep, List<Sensitivity> sensitivity) throws IOException {
    boolean sobol = sweep.analysis().method() == Sweep.Method.SOBOL;
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
