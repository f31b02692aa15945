package org.viralsim.io.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.Summary;
import org.viralsim.io.CsvTable;
import org.viralsim.io.OutputFolder;
import org.viralsim.io.scenario.ScenarioWriter;
import org.viralsim.observe.RunResult;
import org.viralsim.stats.Estimate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes a scenario's replications as tables and JSON files into a results folder. */
public final class ResultsWriter {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ResultsWriter() {}

  /** The files a run writes after its replications: scenario.yaml, manifest.json and summary.json. */
  public static void writeSummaryFiles(OutputFolder out, Scenario scenario, Summary summary, Manifest manifest)
      throws IOException {
    Files.writeString(out.file("scenario.yaml"), ScenarioWriter.toYaml(scenario), StandardCharsets.UTF_8);
    writeManifest(out.file("manifest.json"), manifest);
    writeJson(out.file("summary.json"), summaryJson(summary));
  }

  public static void writeManifest(Path file, Manifest manifest) throws IOException {
    writeJson(file, manifest.toJson(JSON));
  }

  public static void writeJson(Path file, JsonNode node) throws IOException {
    Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node) + "\n", StandardCharsets.UTF_8);
  }

  /** The summary.json contract: {scenario, replications, metrics: {name: {mean, sd, ci95, n}}, viral_fraction}. */
  public static ObjectNode summaryJson(Summary s) {
    ObjectNode root = JSON.createObjectNode();
    root.put("scenario", s.scenario());
    root.put("replications", s.replications());
    ObjectNode metrics = root.putObject("metrics");
    for (Map.Entry<String, Estimate> m : s.metrics().entrySet()) estimate(metrics.putObject(m.getKey()), m.getValue());
    estimate(metrics.putObject("viral_fraction"), s.viralFraction());
    root.put("viral_fraction", s.viralFraction().mean());
    return root;
  }

  private static void estimate(ObjectNode node, Estimate e) {
    number(node, "mean", e.mean());
    number(node, "sd", e.sd());
    var ci = node.putArray("ci95");
    if (Double.isFinite(e.ciLow())) ci.add(e.ciLow()); else ci.addNull();
    if (Double.isFinite(e.ciHigh())) ci.add(e.ciHigh()); else ci.addNull();
    node.put("n", e.n());
  }

  private static void number(ObjectNode node, String key, double v) {
    if (Double.isFinite(v)) node.put(key, v); else node.putNull(key);
  }

  /** runs.csv: one row per replication, its seed, then every per-run metric. */
  public static void writeRuns(Path file, List<RunResult> runs) throws IOException {
    try (CsvTable csv = new CsvTable(file, RunTables.runsHeader(runs.get(0)))) {
      for (RunResult r : runs) RunTables.runRow(csv, r);
    }
  }

  public static void writeTimeseries(Path file, List<RunResult> runs) throws IOException {
    try (CsvTable csv = new CsvTable(file, RunTables.timeseriesHeader(runs.get(0)))) {
      for (RunResult r : runs) RunTables.timeseriesRows(csv, r);
    }
  }
}
