package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.RunEngine;
import org.viralsim.experiment.Seeds;
import org.viralsim.io.scenario.ScenarioReader;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.RunResult;
import org.viralsim.observe.SeriesColumns;
import org.viralsim.stats.Inequality;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code viralsim run} end to end: the results folder and its contract. */
@Tag("slow")
class RunCommandTest {
  static final List<String> CHARTS = List.of("reach_over_time", "reshares_by_role", "lorenz_contributions",
      "cascade_sizes_ccdf", "kpi_map", "attitude_over_time", "net_sentiment_over_time", "purchases_and_churn_over_time",
      "cost_and_revenue_over_time");
  /** A run's files; its charts as SVG too only with --svg. */
  static final List<String> RESULT_FILES = Stream.concat(Stream.of("scenario.yaml", "manifest.json", "summary.json",
      "runs.csv", "report.html", "report.md", "timeseries.csv", "items.csv", "seeds.csv"),
      CHARTS.stream().map(c -> c + ".png")).toList();
  static final String SCENARIO = """
      name: tiny
      seed: 5
      steps: 12
      replications: 4
      viral_threshold: 0.05
      network: {type: erdos_renyi, nodes: 120, mean_degree: 4}
      population:
        roles:
          creator: {share: 0.1}
          contributor: {share: 0.3}
          lurker: {share: 0.6}
      campaign:
        appeal: 3
        start: 1
        seeding: {strategy: top_degree, count: 3}
      """;
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final String[] ROLES = {"creator", "contributor", "lurker"};

  @TempDir Path dir;

  private Path scenarioFile() throws IOException {
    return Files.writeString(dir.resolve("tiny.yaml"), SCENARIO);
  }

  /** A CSV file as header and rows of fields (the files hold no quoted fields). */
  record Csv(List<String> header, List<String[]> rows) {
    static Csv read(Path file) throws IOException {
      List<String> lines = Files.readAllLines(file);
      List<String[]> rows = new ArrayList<>();
      for (String line : lines.subList(1, lines.size())) rows.add(line.split(",", -1));
      return new Csv(List.of(lines.get(0).split(",", -1)), rows);
    }

    double[] numbers(String column) {
      int c = header.indexOf(column);
      assertThat(c).as("column %s", column).isNotNegative();
      return rows.stream().mapToDouble(r -> r[c].isEmpty() ? Double.NaN : Double.parseDouble(r[c])).toArray();
    }

    String[] strings(String column) {
      int c = header.indexOf(column);
      return rows.stream().map(r -> r[c]).toArray(String[]::new);
    }
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesTheDocumentedResultsFolder() throws IOException {
    Path scenario = scenarioFile();
    Path out = dir.resolve("results").resolve("tiny-1");
    Cli.Result r = Cli.execute("run", scenario.toString(), "--out", out.toString(), "--threads", "2");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("Results: " + out);
    assertThat(listing(out)).containsExactlyInAnyOrderElementsOf(RESULT_FILES);
    assertThat(listing(out.getParent())).as("no staging folder left behind").containsExactly("tiny-1");

    List<String> metrics = RunMetrics.names(ROLES, List.of("campaign"));
    Csv runs = Csv.read(out.resolve("runs.csv"));
    List<String> header = new ArrayList<>(List.of("replication", "seed"));
    header.addAll(metrics);
    assertThat(runs.header()).isEqualTo(header);
    assertThat(runs.rows()).hasSize(4);
    for (int i = 0; i < 4; i++) {
      assertThat(runs.strings("replication")[i]).isEqualTo(Integer.toString(i));
      assertThat(runs.strings("seed")[i]).isEqualTo(Long.toString(Seeds.replication(5, i)));
    }

    JsonNode summary = JSON.readTree(out.resolve("summary.json"));
    assertThat(summary.get("scenario").stringValue()).isEqualTo("tiny");
    assertThat(summary.get("replications").intValue()).isEqualTo(4);
    JsonNode m = summary.get("metrics");
    List<String> expectedNames = new ArrayList<>(metrics);
    expectedNames.add("viral_fraction");
    assertThat(m.propertyNames()).containsExactlyInAnyOrderElementsOf(expectedNames);
    for (String name : metrics) assertEstimate(name, m.get(name), runs.numbers(name), RunMetrics.range(name));
    assertEstimate("viral_fraction", m.get("viral_fraction"), runs.numbers(RunMetrics.VIRAL), RunMetrics.Range.ZERO_OR_ONE);
    assertThat(m.get("viral_fraction")).isEqualTo(m.get(RunMetrics.VIRAL));
    for (String role : ROLES) assertThat(m.has(RunMetrics.SHARE_OF_ACTIONS + role)).isTrue();

    Csv series = Csv.read(out.resolve("timeseries.csv"));
    List<String> seriesHeader = new ArrayList<>(List.of("replication", "tick"));
    seriesHeader.addAll(SeriesColumns.ofRun(ROLES));
    seriesHeader.addAll(List.of("campaign.impressions_new", "campaign.reach", "campaign.cost", "campaign.revenue",
        "campaign.conversions", "brand.attitude", "brand.net_sentiment", "brand.aware", "brand.customers",
        "brand.purchases", "brand.churned", "brand.complaints"));
    assertThat(series.header()).isEqualTo(seriesHeader);
    assertThat(series.rows()).hasSize(4 * 12);
    double[] reach = series.numbers(SeriesColumns.REACH);
    for (int i = 0; i < 4; i++) {
      assertThat(reach[12 * i + 11]).as("final reach of replication %d", i).isEqualTo(runs.numbers(RunMetrics.REACH)[i]);
    }

    Csv items = Csv.read(out.resolve("items.csv"));
    assertThat(items.header()).containsExactly("replication", "item", "kind", "created_tick", "authors", "cascade_size",
        "cascade_depth", "cascade_max_breadth", "structural_virality", "complete", "campaign");
    for (int i = 0; i < 4; i++) {
      List<Integer> campaignRows = new ArrayList<>();
      for (int k = 0; k < items.rows().size(); k++) {
        String[] row = items.rows().get(k);
        if (row[0].equals(Integer.toString(i)) && row[2].equals("campaign")) campaignRows.add(k);
      }
      assertThat(campaignRows).as("campaign rows of replication %d", i).hasSize(1);
      String[] row = items.rows().get(campaignRows.get(0));
      assertThat(row[3]).isEqualTo("1");
      assertThat(row[4]).isEqualTo("3");
      assertThat(Double.parseDouble(row[5])).isEqualTo(runs.numbers(RunMetrics.CASCADE_SIZE)[i]);
    }

    JsonNode manifest = JSON.readTree(out.resolve("manifest.json"));
    assertThat(manifest.get("command").stringValue()).isEqualTo("run");
    assertThat(manifest.get("base_seed").longValue()).isEqualTo(5);
    assertThat(manifest.get("threads").intValue()).isEqualTo(2);
    assertThat(manifest.get("scenario_file").stringValue()).isEqualTo(scenario.toString());
    List<Long> seeds = new ArrayList<>();
    manifest.get("seeds").values().forEach(s -> seeds.add(s.longValue()));
    assertThat(seeds).containsExactly(Seeds.replication(5, 0), Seeds.replication(5, 1), Seeds.replication(5, 2), Seeds.replication(5, 3));

    for (String png : RESULT_FILES.stream().filter(f -> f.endsWith(".png")).toList()) {
      byte[] head = Arrays.copyOf(Files.readAllBytes(out.resolve(png)), 8);
      assertThat(head).as(png).containsExactly(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
    }

    Scenario written = ScenarioReader.read(out.resolve("scenario.yaml"), List.of());
    assertThat(written).isEqualTo(ScenarioReader.read(scenario, List.of()));
  }

  /**
   * mean and sd of the finite values; a Wilson interval inside [0, 1] for a 0/1 metric, else the
   * Student-t interval around the mean clipped to the metric's range.
   */
  private static void assertEstimate(String name, JsonNode e, double[] values, RunMetrics.Range range) {
    assertThat(e.propertyNames()).as(name).contains("mean", "sd", "ci95");
    JsonNode ci = e.get("ci95");
    assertThat(ci.isArray()).isTrue();
    assertThat(ci.size()).isEqualTo(2);
    double[] x = Arrays.stream(values).filter(Double::isFinite).toArray();
    if (x.length == 0) {
      assertThat(e.get("mean").isNull()).as(name).isTrue();
      return;
    }
    double mean = Arrays.stream(x).sum() / x.length;
    double ss = 0;
    for (double v : x) ss += (v - mean) * (v - mean);
    double sd = Math.sqrt(ss / (x.length - 1));
    double tol = 1e-9 * Math.max(1, Math.abs(mean));
    assertThat(e.get("mean").doubleValue()).as(name + " mean").isCloseTo(mean, offset(tol));
    double lo = ci.get(0).doubleValue();
    double hi = ci.get(1).doubleValue();
    if (x.length > 1) assertThat(e.get("sd").doubleValue()).as(name + " sd").isCloseTo(sd, offset(1e-9 * Math.max(1, sd)));
    assertThat(lo).as(name + " ci95 low").isLessThanOrEqualTo(mean + tol).isGreaterThanOrEqualTo(range.min());
    assertThat(hi).as(name + " ci95 high").isGreaterThanOrEqualTo(mean - tol).isLessThanOrEqualTo(range.max());
    if (!range.binary() && x.length > 1) {
      double half = new TDistribution(x.length - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(x.length);
      double tolHalf = 1e-9 * Math.max(1, half);
      assertThat(hi).as(name + " ci95 high").isCloseTo(Math.min(range.max(), mean + half), offset(tolHalf));
      assertThat(lo).as(name + " ci95 low").isCloseTo(Math.max(range.min(), mean - half), offset(tolHalf));
    }
  }

  @Test
  void optionsOverrideTheScenario() throws IOException {
    Path scenario = scenarioFile();
    Path out = dir.resolve("overridden");
    Cli.Result r = Cli.execute("run", scenario.toString(), "--out", out.toString(), "--threads", "1", "--replications", "2",
        "--seed", "99", "--set", "campaign.appeal=2", "--set", "network.nodes=60");
    assertThat(r.exit()).as(r.toString()).isZero();
    Scenario written = ScenarioReader.read(out.resolve("scenario.yaml"), List.of());
    assertThat(written.replications()).isEqualTo(2);
    assertThat(written.seed()).isEqualTo(99);
    assertThat(written.campaign().appeal()).isEqualTo(2.0);
    assertThat(written).isEqualTo(ScenarioReader.read(scenario,
        List.of("campaign.appeal=2", "network.nodes=60", "replications=2", "seed=99")));
    Csv runs = Csv.read(out.resolve("runs.csv"));
    assertThat(runs.strings("seed")).containsExactly(Long.toString(Seeds.replication(99, 0)), Long.toString(Seeds.replication(99, 1)));
    for (double reach : runs.numbers(RunMetrics.REACH)) assertThat(reach).isBetween(3.0, 60.0);
    assertThat(JSON.readTree(out.resolve("summary.json")).get("replications").intValue()).isEqualTo(2);
  }

  @Test
  void whatASettingChangesBesidesItsKeyIsNotedOnStderr() throws IOException {
    Path out = dir.resolve("noted");
    Cli.Result r = Cli.execute("run", scenarioFile().toString(), "--out", out.toString(), "--threads", "1", "--replications", "1",
        "--set", "network.type=sbm", "--set", "network.blocks=[60, 60]", "--set", "campaign.seeding.users=[0, 5, 9]");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.errLines()).contains(
        "viralsim: note: --set network.type=sbm drops network.nodes, network.mean_degree (keys of erdos_renyi)",
        "viralsim: note: --set campaign.seeding.users sets campaign.seeding.strategy to users (was top_degree)");
    assertThat(r.out()).doesNotContain("note:");
    Scenario written = ScenarioReader.read(out.resolve("scenario.yaml"), List.of());
    assertThat(written.network()).isInstanceOf(org.viralsim.config.NetworkSpec.Sbm.class);
    assertThat(written.campaign().seeding().users()).containsExactly("0", "5", "9");
  }

  @Test
  void theLorenzChartPoolsEveryRunAndAgreesWithTheSummary() throws IOException {
    Path scenario = scenarioFile();
    Path out = dir.resolve("lorenz");
    Cli.Result r = Cli.execute("run", scenario.toString(), "--out", out.toString(), "--threads", "1", "--svg");
    assertThat(r.exit()).as(r.toString()).isZero();
    for (String chart : CHARTS) assertThat(out.resolve(chart + ".svg")).isRegularFile();
    // The same runs again, in process, for every user's contributions.
    Scenario s = ScenarioReader.read(scenario, List.of());
    List<Long> all = new ArrayList<>();
    for (RunResult run : RunEngine.replications(s, null, 1, done -> {}).runs()) {
      long[] h = run.contributionHistogram();
      for (int c = 0; c < h.length; c++) for (long k = 0; k < h[c]; k++) all.add((long) c);
    }
    assertThat(all).hasSize(4 * 120);
    double pooled = Inequality.gini(all.stream().mapToLong(Long::longValue).toArray());
    double mean = JSON.readTree(out.resolve("summary.json")).get("metrics").get(RunMetrics.GINI).get("mean").doubleValue();
    String svg = Files.readString(out.resolve("lorenz_contributions.svg"));
    assertThat(svg).contains("per user, 4 runs pooled", String.format(Locale.ROOT,
        "contributions, pooled (Gini %.2f; mean Gini over runs %.2f)", pooled, mean));
    assertThat(svg).doesNotContain("replication 0");
  }

  @Test
  void theSameCommandGivesTheSameTables() throws IOException {
    Path scenario = scenarioFile();
    Map<String, String> first = new HashMap<>();
    for (String threads : new String[] {"1", "3"}) {
      Path out = dir.resolve("threads-" + threads);
      Cli.Result r = Cli.execute("run", scenario.toString(), "--out", out.toString(), "--threads", threads, "--replications", "3");
      assertThat(r.exit()).as(r.toString()).isZero();
      for (String table : List.of("runs.csv", "timeseries.csv", "items.csv", "summary.json", "scenario.yaml")) {
        String content = Files.readString(out.resolve(table));
        String before = first.putIfAbsent(table, content);
        if (before != null) assertThat(content).as(table).isEqualTo(before);
      }
    }
  }

  @Test
  void anExistingEmptyFolderIsUsed() throws IOException {
    Path out = Files.createDirectory(dir.resolve("empty"));
    Cli.Result r = Cli.execute("run", scenarioFile().toString(), "--out", out.toString(), "--threads", "1", "--replications", "1");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(listing(out)).containsExactlyInAnyOrderElementsOf(RESULT_FILES);
    // One replication: no spread to estimate, the interval collapses to the value.
    JsonNode reach = JSON.readTree(out.resolve("summary.json")).get("metrics").get(RunMetrics.REACH);
    double value = Csv.read(out.resolve("runs.csv")).numbers(RunMetrics.REACH)[0];
    assertThat(reach.get("mean").doubleValue()).isEqualTo(value);
    assertThat(reach.get("sd").isNull()).isTrue();
    assertThat(reach.get("ci95").get(0).doubleValue()).isEqualTo(value);
    assertThat(reach.get("ci95").get(1).doubleValue()).isEqualTo(value);
  }

  @Test
  void aNonEmptyFolderIsNeverWrittenInto() throws IOException {
    Path out = Files.createDirectory(dir.resolve("taken"));
    Files.writeString(out.resolve("keep.txt"), "earlier results\n");
    Cli.Result r = Cli.execute("run", scenarioFile().toString(), "--out", out.toString(), "--threads", "1");
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.errLines().get(0)).startsWith("viralsim: ").contains(out.toString());
    assertThat(listing(out)).containsExactly("keep.txt");
    assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("earlier results\n");
    assertThat(listing(dir)).containsExactlyInAnyOrder("taken", "tiny.yaml");
  }

  @Test
  void anOutPathThatCannotBeAFolderIsRejectedBeforeRunning() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.txt"), "not a folder\n");
    for (Path out : List.of(file, file.resolve("sub"), file.resolve("a").resolve("b"))) {
      Cli.Result r = Cli.execute("run", scenarioFile().toString(), "--out", out.toString(), "--threads", "1");
      assertThat(r.exit()).as(r.toString()).isEqualTo(2);
      assertThat(r.errLines()).as("one line, and no progress: nothing ran").hasSize(1);
      assertThat(r.errLines().get(0)).startsWith("viralsim: " + out).contains("not a folder");
      assertThat(Files.readString(file)).isEqualTo("not a folder\n");
      assertThat(listing(dir)).containsExactlyInAnyOrder("notes.txt", "tiny.yaml");
    }
  }
}
