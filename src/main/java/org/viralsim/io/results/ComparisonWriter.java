package org.viralsim.io.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.viralsim.experiment.Comparison;
import org.viralsim.experiment.Replications;
import org.viralsim.io.CsvTable;
import org.viralsim.io.OutputFolder;
import org.viralsim.io.scenario.ScenarioWriter;
import org.viralsim.stats.PairedDifference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The tables of a comparison's results folder: comparison.csv (one row per metric, in runs.csv
 * order), each scenario's resolved scenario.yaml and runs.csv under a/ and b/, and the manifest.
 */
public final class ComparisonWriter {
  /** comparison.csv's columns, a contract (docs/results.md). */
  public static final List<String> COLUMNS = List.of("metric", "a_mean", "b_mean", "difference", "ci95_low",
      "ci95_high", "p_value", "pairs");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ComparisonWriter() {}

  /** @param files the scenario files of A and B as given (for the manifest) */
  public static void writeAll(OutputFolder out, Comparison c, Manifest manifest, List<String> files) throws IOException {
    writeTables(out.dir(), c);
    ObjectNode root = manifest.toJson(JSON);
    root.put("scenario_a", files.get(0));
    root.put("scenario_b", files.get(1));
    root.put("pairs", c.a().runs().size());
    ResultsWriter.writeJson(out.file("manifest.json"), root);
  }

  /** comparison.csv, a/ and b/ into a folder. */
  public static void writeTables(Path dir, Comparison c) throws IOException {
    Files.createDirectories(dir);
    try (CsvTable csv = new CsvTable(dir.resolve("comparison.csv"), COLUMNS)) {
      for (Comparison.Metric m : c.metrics()) {
        PairedDifference d = m.difference();
        csv.row(m.name(), d.aMean(), d.bMean(), d.difference(), d.ciLow(), d.ciHigh(), d.pValue(), d.pairs());
      }
    }
    side(dir.resolve("a"), c.a());
    side(dir.resolve("b"), c.b());
  }

  private static void side(Path dir, Replications r) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("scenario.yaml"), ScenarioWriter.toYaml(r.scenario()), StandardCharsets.UTF_8);
    ResultsWriter.writeRuns(dir.resolve("runs.csv"), r.runs());
  }
}
