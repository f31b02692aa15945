package org.viralsim.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Estimates;
import org.viralsim.stats.Inequality;

class ChartsTest {
  private static final long SEED = 90091L;
  private static final double[] TICKS = {0, 1, 2, 3, 4, 5, 6, 7};

  /** The reach chart of runs kept whole, as the streamed aggregates of a run give it. */
  private static JFreeChart reachOverTime(String title, double[] ticks, double[][] runs, String yLabel) {
    double[][] columns = Charts.byTick(ticks, runs, "replication ");
    Estimate[] means = new Estimate[ticks.length];
    double[] low = new double[ticks.length];
    double[] high = new double[ticks.length];
    for (int t = 0; t < ticks.length; t++) {
      means[t] = Estimates.of(columns[t], 0, Double.POSITIVE_INFINITY);
      low[t] = Estimates.quantile(columns[t], Charts.RUNS_TAIL);
      high[t] = Estimates.quantile(columns[t], 1 - Charts.RUNS_TAIL);
    }
    return Charts.reachOverTime(title, ticks, means, low, high, yLabel);
  }

  @Test
  void reachOverTimeShowsMeanAndBothBands() {
    double[][] runs = reachRuns();
    JFreeChart chart = reachOverTime("Reach", TICKS, runs, "users reached");
    assertThat(legendLabels(chart)).containsExactly("mean", "95% CI of mean", "95% of runs");
    assertReadable(chart);

    IntervalXYDataset bands = (IntervalXYDataset) chart.getXYPlot().getDataset(0);
    double[] last = new double[runs.length];
    for (int r = 0; r < runs.length; r++) last[r] = runs[r][7];
    Estimate e = Estimates.of(last);
    assertThat(bands.getStartYValue(0, 7)).isEqualTo(Estimates.quantile(last, 0.025));
    assertThat(bands.getEndYValue(0, 7)).isEqualTo(Estimates.quantile(last, 0.975));
    assertThat(bands.getStartYValue(1, 7)).isEqualTo(e.ciLow());
    assertThat(bands.getEndYValue(1, 7)).isEqualTo(e.ciHigh());
    assertThat(chart.getXYPlot().getDataset(1).getYValue(0, 7)).isEqualTo(e.mean());
    // The runs band is wider than the CI of the mean once runs diverge.
    assertThat(bands.getEndYValue(0, 7) - bands.getStartYValue(0, 7))
        .isGreaterThan(bands.getEndYValue(1, 7) - bands.getStartYValue(1, 7));
  }

  @Test
  void reachOverTimeSkipsTicksWithoutValuesAndRejectsRaggedRuns() {
    double[][] runs = {{1, Double.NaN, 3}, {2, Double.NaN, 5}};
    XYDataset mean = reachOverTime("t", new double[] {0, 1, 2}, runs, "y").getXYPlot().getDataset(1);
    assertThat(mean.getItemCount(0)).isEqualTo(2);
    assertThat(mean.getXValue(0, 1)).isEqualTo(2.0);
    Estimate one = Estimates.of(new double[] {1});
    assertThatThrownBy(() -> Charts.reachOverTime("t", new double[] {0, 1}, new Estimate[] {one, one},
        new double[] {1, 1}, new double[] {1}, "y"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs' upper band has 1 values, expected 2");
  }

  @Test
  void byRoleOverTimeDrawsOneLinePerRoleInOrder() {
    Map<String, double[]> roles = new LinkedHashMap<>();
    roles.put("creators", new double[] {5, 9, 14, 12, 8, 5, 3, 2});
    roles.put("contributors", new double[] {2, 4, 6, 7, 6, 4, 3, 2});
    roles.put("lurkers", new double[] {0, 0, 1, 1, 1, 0, 0, 0});
    JFreeChart chart = Charts.byRoleOverTime("Posts by role", TICKS, roles, "posts per tick");
    assertThat(legendLabels(chart)).containsExactly("creators", "contributors", "lurkers");
    assertReadable(chart);
    assertThatThrownBy(() -> Charts.byRoleOverTime("t", TICKS, Map.of("x", new double[3]), "y"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x");
  }

  @Test
  void lorenzLabelsTheMeasuredCurveWithItsGini() {
    long[] posts = new long[1000];
    for (int i = 990; i < 1000; i++) posts[i] = 50;
    for (int i = 900; i < 990; i++) posts[i] = 2;
    Map<String, double[][]> curves = new LinkedHashMap<>();
    curves.put("contributions", Inequality.lorenz(posts, 100));
    curves.put("90-9-1 rule", new double[][] {{0, 0.9, 0.99, 1}, {0, 0, 0.5, 1}});
    JFreeChart chart = Charts.lorenz("Who contributes", curves, 0.9312);
    assertThat(legendLabels(chart)).containsExactly("contributions (Gini 0.93)", "90-9-1 rule", "perfect equality");
    assertReadable(chart);
    JFreeChart plain = Charts.lorenz("t", Map.of("posts", Inequality.lorenz(posts, 10)), Double.NaN);
    assertThat(legendLabels(plain)).containsExactly("posts", "perfect equality");
  }

  @Test
  void ccdfUsesLogAxesAndLeavesOutZeros() {
    Random random = new Random(SEED);
    long[] organic = new long[3000];
    for (int i = 0; i < organic.length; i++) organic[i] = (long) Math.floor(1 / (1 - random.nextDouble()));
    Map<String, long[]> sizes = new LinkedHashMap<>();
    sizes.put("organic items", organic);
    sizes.put("campaign", new long[] {0, 10, 40, 40, 300, 2000});
    JFreeChart chart = Charts.ccdfLogLog("Cascade sizes", sizes, "cascade size (users)");
    assertThat(legendLabels(chart)).containsExactly("organic items", "campaign");
    assertThat(chart.getXYPlot().getDomainAxis()).isInstanceOf(LogAxis.class);
    assertThat(chart.getXYPlot().getRangeAxis()).isInstanceOf(LogAxis.class);
    XYDataset data = chart.getXYPlot().getDataset();
    assertThat(data.getItemCount(1)).isEqualTo(4);
    assertThat(data.getYValue(1, 0)).isCloseTo(5.0 / 6, within(1e-15));
    assertReadable(chart);
  }

  static List<String> legendLabels(JFreeChart chart) {
    LegendItemCollection items = chart.getPlot().getLegendItems();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < items.getItemCount(); i++) labels.add(items.get(i).getLabel());
    return labels;
  }

  /** Rendered, the chart is white with several distinct colours of ink, not blank or grey. */
  static void assertReadable(JFreeChart chart) {
    BufferedImage image = chart.createBufferedImage(800, 500);
    Set<Integer> colours = new HashSet<>();
    int ink = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y) & 0xFFFFFF;
        colours.add(rgb);
        if (rgb != 0xFFFFFF) ink++;
      }
    }
    assertThat(colours).hasSizeGreaterThan(20).contains(0xFFFFFF, ChartStyle.color(0).getRGB() & 0xFFFFFF);
    assertThat(ink).isGreaterThan(1000);
    assertThat(image.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    assertThat(chart.getPlot().getBackgroundPaint()).isEqualTo(Color.WHITE);
  }

  private static double[][] reachRuns() {
    Random random = new Random(SEED);
    double[][] runs = new double[20][TICKS.length];
    for (double[] run : runs) {
      double rate = 1 + random.nextDouble();
      for (int t = 0; t < TICKS.length; t++) run[t] = Math.round(10 * Math.pow(rate, t));
    }
    return runs;
  }
}
