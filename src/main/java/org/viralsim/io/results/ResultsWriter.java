package org.viralsim.io.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.viralsim.experiment.Replications;
import org.viralsim.experiment.Summary;
import org.viralsim.io.CsvTable;
import org.viralsim.io.OutputFolder;
import org.viralsim.io.scenario.ScenarioWriter;
import org.viralsim.observe.ItemRecord;
import org.viralsim.observe.RunResult;
import org.viralsim.observe.TickSeries;
import org.viralsim.stats.Estimate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Writes a scenario's replications as tables and JSON files into a results folder. */
public final class ResultsWriter {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ResultsWriter() {}

  public static void writeAll(OutputFolder out, Replications e, Summary summary, Manifest manifest) throws IOException {
    Files.writeString(out.file("scenario.yaml"), ScenarioWriter.toYaml(e.scenario()), StandardCharsets.UTF_8);
    writeManifest(out.file("manifest.json"), manifest);
    writeJson(out.file("summary.json"), summaryJson(summary));
    writeRuns(out.file("runs.csv"), e.runs());
    writeTimeseries(out.file("timeseries.csv"), e.runs());
    writeItems(out.file("items.csv"), e.runs(), campaignNames(e));
    writeSeeds(out.file("seeds.csv"), e.runs());
  }

  static void writeSeeds(Path file, List<RunResult> runs) throws IOException {
    try (CsvTable csv = new CsvTable(file, List.of("replication", "user", "role", "followers", "campaign"))) {
      for (RunResult r : runs) {
        for (RunResult.SeedUser s : r.seedUsers()) {
          csv.row(r.replication(), CsvTable.text(s.user()), s.role(), s.followers(), CsvTable.text(s.campaign()));
        }
      }
    }
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
    List<String> header = new ArrayList<>(List.of("replication", "seed"));
    header.addAll(runs.get(0).metrics().keySet());
    try (CsvTable csv = new CsvTable(file, header)) {
      for (RunResult r : runs) {
        List<Object> row = new ArrayList<>(List.of(r.replication(), r.seed()));
        row.addAll(r.metrics().values());
        csv.row(row.toArray());
      }
    }
  }

  public static void writeTimeseries(Path file, List<RunResult> runs) throws IOException {
    List<String> names = runs.get(0).series().names();
    List<String> header = new ArrayList<>(List.of("replication", "tick"));
    header.addAll(names);
    try (CsvTable csv = new CsvTable(file, header)) {
      for (RunResult r : runs) {
        TickSeries s = r.series();
        for (int t = 0; t < s.ticks(); t++) {
          Object[] row = new Object[header.size()];
          row[0] = r.replication();
          row[1] = t;
          for (int c = 0; c < names.size(); c++) row[c + 2] = s.column(names.get(c))[t];
          csv.row(row);
        }
      }
    }
  }

  private static List<String> campaignNames(Replications e) {
    return e.scenario().campaigns().stream().map(c -> c.name()).toList();
  }

  static void writeItems(Path file, List<RunResult> runs, List<String> campaigns) throws IOException {
    List<String> header = List.of("replication", "item", "kind", "created_tick", "authors", "cascade_size",
        "cascade_depth", "cascade_max_breadth", "structural_virality", "complete", "campaign");
    try (CsvTable csv = new CsvTable(file, header)) {
      for (RunResult r : runs) {
        for (ItemRecord i : r.items()) {
          csv.row(r.replication(), i.item(), i.kind().name().toLowerCase(Locale.ROOT), i.createdTick(), i.authors(),
              i.size(), i.depth(), i.maxBreadth(), i.structuralVirality(), i.complete(),
              i.campaign() < 0 ? "" : campaigns.get(i.campaign()));
        }
      }
    }
  }
}
