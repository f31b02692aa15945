package org.viralsim.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.experiment.RunId;
import org.viralsim.io.sweep.RunsFile;
import org.viralsim.io.sweep.SweepReader;
import org.viralsim.io.sweep.SweepTables;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Estimates;
import org.viralsim.sweep.RunRecord;
import org.viralsim.sweep.SweepAnalysis;
import org.viralsim.sweep.SweepPlan;
import org.viralsim.sweep.SweepResults;
import org.viralsim.sweep.design.Parameter;
import org.viralsim.sweep.design.Point;
import org.viralsim.sweep.design.Scale;
import org.viralsim.testing.TinySweep;

/**
 * The charts of a sweep, built from tables of made-up runs whose values are known, so that every
 * mean and interval can be checked against points.csv and sensitivity.csv.
 */
class SweepChartSetTest {
  @TempDir Path dir;

  private SweepPlan sweep(String text) throws IOException {
    return SweepReader.read(TinySweep.write(dir, text), List.of());
  }

  /**
   * Every run of every point as runs.csv has it, with the given metric values (others 0, NaN
   * empty); reach_fraction depends on the point and the replication, roi is never defined.
   */
  static Map<RunId, RunRecord> runs(SweepPlan s, int replications, BiFunction<Point, Integer, Map<String, Double>> f) {
    Map<RunId, RunRecord> runs = new TreeMap<>();
    for (Point p : s.points()) {
      for (int r = 0; r < replications; r++) {
        List<String> parameters = new ArrayList<>();
        for (Object v : p.values().values()) parameters.add(RunsFile.field(v));
        Map<String, Double> values = f.apply(p, r);
        double[] metrics = s.metrics().stream().mapToDouble(m -> values.getOrDefault(m, 0.0)).toArray();
        RunId id = new RunId(p.index(), r);
        runs.put(id, new RunRecord(id, 99, parameters, metrics, 0.5));
      }
    }
    return runs;
  }

  static double number(Point p, String key) {
    return ((Number) p.values().get(key)).doubleValue();
  }

  /** Reach grows with appeal and mean degree, with noise by replication; viral above 0.1; no ROI. */
  static Map<String, Double> made(Point p, int r) {
    double appeal = p.values().containsKey("campaign.appeal") ? number(p, "campaign.appeal") : 1;
    double degree = p.values().containsKey("network.mean_degree") ? number(p, "network.mean_degree") : 4;
    double reach = 0.01 * appeal * degree + 0.004 * ((r * 7 + p.index()) % 5) + 0.002 * r;
    Map<String, Double> m = new HashMap<>();
    m.put("reach", 60 * reach);
    m.put("reach_fraction", reach);
    m.put("viral", reach > 0.1 ? 1.0 : 0.0);
    m.put("engagement_rate", 0.05 * appeal + 0.01 * r);
    m.put("roi", Double.NaN);
    return m;
  }

  /** points.csv: mean by point and metric. */
  Map<String, Double> pointMeans() throws IOException {
    List<String> lines = Files.readAllLines(dir.resolve("out/points.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    Map<String, Double> means = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      String mean = f[header.indexOf("mean")];
      means.put(f[0] + "/" + f[header.indexOf("metric")], mean.isEmpty() ? Double.NaN : Double.parseDouble(mean));
    }
    return means;
  }

  private SweepResults tables(SweepPlan s, Map<RunId, RunRecord> runs) throws IOException {
    Files.createDirectories(dir.resolve("out"));
    SweepResults results = SweepAnalysis.of(s, runs.values());
    SweepTables.writeAll(dir.resolve("out"), s, results);
    return results;
  }

  private static List<String> subtitles(JFreeChart chart) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof TextTitle t) texts.add(t.getText());
    }
    return texts;
  }

  @Test
  void aGridChartsEachMetricAgainstEachParameterWithTheMeansOfPointsCsv() throws IOException {
    SweepPlan s = sweep("""
        base: tiny.yaml
        parameters:
          - {key: campaign.appeal, from: 1, to: 4, steps: 3, scale: log}
          - {key: network.mean_degree, values: [2, 4, 6]}
        replications: 4
        """);
    Map<String, JFreeChart> charts = SweepChartSet.charts(s, tables(s, runs(s, 4, SweepChartSetTest::made)));
    // roi is never defined, so it has no chart; viral is named after its mean, the viral fraction.
    assertThat(charts.keySet()).containsExactly(
        "reach_fraction_vs_campaign.appeal", "reach_fraction_vs_network.mean_degree",
        "viral_fraction_vs_campaign.appeal", "viral_fraction_vs_network.mean_degree",
        "engagement_rate_vs_campaign.appeal", "engagement_rate_vs_network.mean_degree",
        "reach_fraction_by_campaign.appeal_and_network.mean_degree",
        "viral_fraction_by_campaign.appeal_and_network.mean_degree",
        "engagement_rate_by_campaign.appeal_and_network.mean_degree");

    Map<String, Double> means = pointMeans();
    JFreeChart reach = charts.get("reach_fraction_vs_campaign.appeal");
    assertThat(reach.getXYPlot().getDomainAxis()).isInstanceOf(LogAxis.class);
    assertThat(reach.getXYPlot().getDomainAxis().getLabel()).isEqualTo("campaign.appeal (× reshare probability, log scale)");
    assertThat(reach.getXYPlot().getRangeAxis().getLabel()).isEqualTo("share of users reached");
    assertThat(subtitles(reach)).containsExactly("one line per network.mean_degree; mean of 4 runs per point; bands:"
        + " 95% CI of the mean");
    IntervalXYDataset data = (IntervalXYDataset) reach.getXYPlot().getDataset();
    assertThat(data.getSeriesCount()).isEqualTo(3);
    int checked = 0;
    for (int series = 0; series < 3; series++) {
      assertThat(data.getSeriesKey(series)).isEqualTo("network.mean_degree = " + (2 + 2 * series));
      assertThat(data.getItemCount(series)).isEqualTo(3);
      for (int i = 0; i < 3; i++) {
        Point p = pointAt(s, Map.of("campaign.appeal", data.getXValue(series, i), "network.mean_degree", 2.0 + 2 * series));
        assertThat(data.getYValue(series, i)).isEqualTo(means.get(p.index() + "/reach_fraction"));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(9);

    JFreeChart byDegree = charts.get("reach_fraction_vs_network.mean_degree");
    assertThat(byDegree.getXYPlot().getDomainAxis()).isInstanceOf(NumberAxis.class);
    assertThat(legend(byDegree)).startsWith("campaign.appeal = 1", "campaign.appeal = 2", "campaign.appeal = 4");

    XYZDataset cells = (XYZDataset) charts.get("reach_fraction_by_campaign.appeal_and_network.mean_degree")
        .getXYPlot().getDataset();
    assertThat(cells.getItemCount(0)).isEqualTo(9);
    for (int k = 0; k < 9; k++) {
      Point p = s.points().get(k); // the grid's order: appeal outer, degree inner, as the heatmap's cells
      assertThat(cells.getZValue(0, k)).isEqualTo(means.get(p.index() + "/reach_fraction"));
    }
  }

  @Test
  void gridValuesReadToThreeSignificantDigitsOnHeatmapAxesAndInLegends() throws IOException {
    SweepPlan s = sweep("""
        base: tiny.yaml
        parameters:
          - {key: campaign.appeal, from: 1, to: 3, steps: 3, scale: log}
          - {key: network.mean_degree, values: [2, 4]}
        replications: 2
        """);
    Map<String, JFreeChart> charts = SweepChartSet.charts(s, tables(s, runs(s, 2, SweepChartSetTest::made)));
    SymbolAxis appeal = (SymbolAxis) charts.get("reach_fraction_by_campaign.appeal_and_network.mean_degree")
        .getXYPlot().getDomainAxis();
    assertThat(appeal.getSymbols()).containsExactly("1", "1.73", "3"); // the middle value is the square root of 3
    assertThat(legend(charts.get("reach_fraction_vs_network.mean_degree")))
        .startsWith("campaign.appeal = 1", "campaign.appeal = 1.73", "campaign.appeal = 3");
  }

  @Test
  void aParameterWithTooManyValuesForLinesIsAveragedOverWithAnIntervalOverReplications() throws IOException {
    SweepPlan s = sweep("""
        base: tiny.yaml
        parameters:
          - {key: campaign.appeal, values: [1, 2]}
          - {key: network.mean_degree, values: [2, 4, 6, 8, 10]}
        replications: 5
        """);
    Map<RunId, RunRecord> runs = runs(s, 5, SweepChartSetTest::made);
    JFreeChart chart = SweepChartSet.charts(s, tables(s, runs)).get("reach_fraction_vs_campaign.appeal");
    assertThat(legend(chart)).containsExactly("mean", "95% CI of mean");
    assertThat(subtitles(chart).get(0)).startsWith("averaged over the 5 values of network.mean_degree (5 runs each)");
    IntervalXYDataset data = (IntervalXYDataset) chart.getXYPlot().getDataset();
    Map<String, Double> means = pointMeans();
    for (int i = 0; i < 2; i++) {
      double appeal = i + 1;
      List<Point> at = s.points().stream().filter(p -> number(p, "campaign.appeal") == appeal).toList();
      double mean = at.stream().mapToDouble(p -> means.get(p.index() + "/reach_fraction")).average().orElseThrow();
      double[] byReplication = new double[5];
      for (int r = 0; r < 5; r++) {
        for (Point p : at) byReplication[r] += made(p, r).get("reach_fraction") / at.size();
      }
      Estimate e = Estimates.of(byReplication);
      assertThat(data.getXValue(0, i)).isEqualTo(appeal);
      assertThat(data.getYValue(0, i)).isCloseTo(mean, within(1e-12));
      assertThat(data.getStartYValue(0, i)).isCloseTo(mean - (e.mean() - e.ciLow()), within(1e-12));
      assertThat(data.getEndYValue(0, i)).isCloseTo(mean + (e.ciHigh() - e.mean()), within(1e-12));
    }
    assertThat(data.getEndYValue(0, 0) - data.getStartYValue(0, 0)).isGreaterThan(0.001);
  }

  @Test
  void theViralFractionHasWilsonIntervalsThatStayWithinZeroAndOne() throws IOException {
    SweepPlan s = sweep("""
        base: tiny.yaml
        parameters: [{key: campaign.appeal, values: [1, 4, 10, 20]}]
        replications: 6
        """);
    Map<String, JFreeChart> charts = SweepChartSet.charts(s, tables(s, runs(s, 6, SweepChartSetTest::made)));
    JFreeChart viral = charts.get("viral_fraction_vs_campaign.appeal");
    assertThat(viral.getXYPlot().getRangeAxis().getLabel())
        .isEqualTo("share of runs that went viral (reach above 10% of users)");
    IntervalXYDataset data = (IntervalXYDataset) viral.getXYPlot().getDataset();
    Estimate none = Estimates.proportion(0, 6);
    Estimate all = Estimates.proportion(6, 6);
    assertThat(data.getYValue(0, 0)).isZero();
    assertThat(data.getEndYValue(0, 0)).isEqualTo(none.ciHigh()).isGreaterThan(0.3);
    assertThat(data.getYValue(0, 3)).isEqualTo(1.0);
    assertThat(data.getStartYValue(0, 3)).isEqualTo(all.ciLow()).isLessThan(0.7);
    assertThat(subtitles(viral).get(0)).contains("Wilson 95% CI");
  }

  @Test
  void aSamplingDesignHasAScatterPerParameterOfThePointMeans() throws IOException {
    SweepPlan s = sweep("""
        base: tiny.yaml
        parameters:
          - {key: campaign.appeal, from: 0.5, to: 8, scale: log}
          - {key: campaign.seeding.count, from: 1, to: 5, integer: true}
        design: lhs
        samples: 20
        replications: 2
        """);
    Map<String, JFreeChart> charts = SweepChartSet.charts(s, tables(s, runs(s, 2, SweepChartSetTest::made)));
    assertThat(charts.keySet()).containsExactly(
        "reach_fraction_vs_campaign.appeal", "reach_fraction_vs_campaign.seeding.count",
        "viral_fraction_vs_campaign.appeal", "viral_fraction_vs_campaign.seeding.count",
        "engagement_rate_vs_campaign.appeal", "engagement_rate_vs_campaign.seeding.count");
    JFreeChart chart = charts.get("reach_fraction_vs_campaign.appeal");
    assertThat(chart.getXYPlot().getDomainAxis()).isInstanceOf(LogAxis.class);
    XYDataset dots = chart.getXYPlot().getDataset(0);
    assertThat(dots.getItemCount(0)).isEqualTo(20);
    Map<Double, Double> expected = new HashMap<>();
    Map<String, Double> means = pointMeans();
    for (Point p : s.points()) expected.put(number(p, "campaign.appeal"), means.get(p.index() + "/reach_fraction"));
    for (int i = 0; i < 20; i++) assertThat(dots.getYValue(0, i)).isEqualTo(expected.get(dots.getXValue(0, i)));
    assertThat(legend(chart)).containsExactly("design points (20)", "mean of the points in each of 2 bins");
    assertThat(legend(charts.get("reach_fraction_vs_campaign.seeding.count"))).contains("mean at each value");
  }

  @Test
  void anAnalysisChartsTheSensitivityOfEachOutputAsInSensitivityCsv() throws IOException {
    SweepPlan s = sweep("""
        base: tiny.yaml
        parameters:
          - {key: campaign.appeal, from: 0.5, to: 4}
          - {key: network.mean_degree, from: 2, to: 8}
        replications: 2
        analysis: {method: sobol, outputs: [reach, engagement_rate], samples: 8, bootstrap: 50}
        """);
    Map<String, JFreeChart> charts = SweepChartSet.charts(s, tables(s, runs(s, 2, SweepChartSetTest::made)));
    assertThat(charts.keySet()).containsExactly("reach_vs_campaign.appeal", "reach_vs_network.mean_degree",
        "engagement_rate_vs_campaign.appeal", "engagement_rate_vs_network.mean_degree",
        "viral_fraction_vs_campaign.appeal", "sensitivity_reach", "sensitivity_engagement_rate");
    List<String> csv = Files.readAllLines(dir.resolve("out/sensitivity.csv"));
    assertThat(csv).hasSize(1 + 4);
    for (String line : csv.subList(1, csv.size())) {
      String[] f = line.split(",", -1);
      IntervalCategoryDataset bars = (IntervalCategoryDataset) charts.get("sensitivity_" + f[1]).getCategoryPlot().getDataset();
      int column = bars.getColumnIndex(f[0]);
      assertThat(bars.getValue(0, column).doubleValue()).isEqualTo(Double.parseDouble(f[2]));
      assertThat(bars.getStartValue(0, column).doubleValue()).isEqualTo(Double.parseDouble(f[3]));
      assertThat(bars.getEndValue(0, column).doubleValue()).isEqualTo(Double.parseDouble(f[4]));
      assertThat(bars.getValue(1, column).doubleValue()).isEqualTo(Double.parseDouble(f[5]));
    }
  }

  @Test
  void chartsOfOneValueOrWithoutMeansAreLeftOut() throws IOException {
    SweepPlan single = sweep("""
        base: tiny.yaml
        parameters: [{key: campaign.appeal, values: [2]}, {key: network.mean_degree, values: [4]}]
        """);
    assertThat(SweepChartSet.charts(single, tables(single, runs(single, 2, SweepChartSetTest::made)))).isEmpty();

    SweepPlan noMeans = sweep("""
        base: tiny.yaml
        parameters: [{key: campaign.appeal, values: [1, 2]}]
        charts: {metrics: [roi, reach]}
        """);
    Map<RunId, RunRecord> runs = runs(noMeans, 2, (p, r) -> {
      Map<String, Double> m = made(p, r);
      if (number(p, "campaign.appeal") == 2) m.put("reach", Double.NaN); // one point without a value
      return m;
    });
    Map<String, JFreeChart> charts = SweepChartSet.charts(noMeans, tables(noMeans, runs));
    // roi has no mean anywhere and reach only at one value: neither can be drawn; the viral chart remains.
    assertThat(charts.keySet()).containsExactly("viral_fraction_vs_campaign.appeal");

    SweepPlan onePoint = sweep("""
        base: tiny.yaml
        parameters: [{key: campaign.appeal, from: 1, to: 3}]
        design: random
        samples: 1
        """);
    assertThat(SweepChartSet.charts(onePoint, tables(onePoint, runs(onePoint, 2, SweepChartSetTest::made))))
        .isEmpty();
  }

  @Test
  void aParameterOfNamesSplitsLinesAndLabelsHeatmapsButIsNoAxis() throws IOException {
    SweepPlan s = sweep("""
        base: tiny.yaml
        parameters:
          - {key: population.assignment, values: [random, by_degree]}
          - {key: campaign.appeal, values: [1, 3]}
        charts: {metrics: [reach]}
        """);
    Map<String, JFreeChart> charts = SweepChartSet.charts(s, tables(s, runs(s, 2, SweepChartSetTest::made)));
    assertThat(charts.keySet()).containsExactly("reach_vs_campaign.appeal",
        "reach_by_population.assignment_and_campaign.appeal", "viral_fraction_vs_campaign.appeal");
    assertThat(legend(charts.get("reach_vs_campaign.appeal")))
        .startsWith("population.assignment = random", "population.assignment = by_degree");
    SymbolAxis x = (SymbolAxis) charts.get("reach_by_population.assignment_and_campaign.appeal").getXYPlot().getDomainAxis();
    assertThat(x.getSymbols()).containsExactly("random", "by_degree");
  }

  @Test
  void theViralChartFollowsTheParameterThatDrivesTransmission() throws IOException {
    Parameter nodes = new Parameter.Range("network.nodes", 50, 100, 2, Scale.LINEAR);
    Parameter degree = new Parameter.Values("network.mean_degree", List.of(2L, 4L));
    Parameter reshare = new Parameter.Values("population.roles.lurker.reshare", List.of(0.01, 0.02));
    Parameter threshold = new Parameter.Values("diffusion.threshold.value", List.of(0.1, 0.2));
    Parameter viralThreshold = new Parameter.Values("viral_threshold", List.of(0.1, 0.2));
    assertThat(SweepChartSet.driver(List.of(nodes, degree, reshare))).isSameAs(degree);
    assertThat(SweepChartSet.driver(List.of(nodes, reshare))).isSameAs(reshare);
    assertThat(SweepChartSet.driver(List.of(viralThreshold, nodes, threshold))).isSameAs(threshold);
    assertThat(SweepChartSet.driver(List.of(nodes, viralThreshold))).isSameAs(nodes);
    assertThat(SweepChartSet.driver(List.of())).isNull();

    SweepPlan s = sweep("""
        base: tiny.yaml
        parameters:
          - {key: network.nodes, values: [50, 80]}
          - {key: network.mean_degree, values: [2, 4]}
        charts: {metrics: []}
        """);
    assertThat(SweepChartSet.charts(s, tables(s, runs(s, 2, SweepChartSetTest::made))).keySet())
        .containsExactly("viral_fraction_vs_network.mean_degree");
  }

  @Test
  void fileNamesKeepOnlySafeCharacters() {
    assertThat(SweepLabels.safe("reach_vs_campaigns.1.appeal")).isEqualTo("reach_vs_campaigns.1.appeal");
    assertThat(SweepLabels.safe("share_of_actions_power user/x")).isEqualTo("share_of_actions_power_user_x");
  }

  static List<String> legend(JFreeChart chart) {
    LegendItemCollection items = chart.getPlot().getLegendItems();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < items.getItemCount(); i++) labels.add(items.get(i).getLabel());
    return labels;
  }

  private static Point pointAt(SweepPlan s, Map<String, Double> values) {
    Map<String, Double> wanted = new LinkedHashMap<>(values);
    return s.points().stream()
        .filter(p -> wanted.entrySet().stream().allMatch(e -> number(p, e.getKey()) == e.getValue()))
        .findFirst().orElseThrow();
  }
}
