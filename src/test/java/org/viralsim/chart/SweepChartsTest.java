package org.viralsim.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.viralsim.chart.ChartsTest.assertReadable;
import static org.viralsim.chart.ChartsTest.legendLabels;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.io.ChartFiles;
import org.viralsim.stats.Estimate;

class SweepChartsTest {
  private static final long SEED = 7311L;
  /** Appeal swept over two orders of magnitude, out of order as a sweep may finish. */
  static final double[] APPEAL = {0.1, 0.005, 0.01, 0.02, 0.03, 0.05, 0.07, 0.2, 0.5};
  static final double[] DEGREE = {2, 4, 6, 8, 12};
  static final List<String> PARAMETERS = List.of("appeal", "mean degree", "seeds", "forgetting rate", "feed size");
  private static final Estimate MISSING = new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  @TempDir Path dir;

  /** Share of users reached: a cascade takes off once appeal times degree passes about 0.25. */
  static double viralFraction(double appeal, double degree) {
    return 0.85 / (1 + Math.exp(-(Math.log(appeal * degree) - Math.log(0.25)) * 4));
  }

  /** Estimates over 30 replications, wider near the threshold where runs diverge. */
  static List<Estimate> estimates(double[] appeal, double degree) {
    List<Estimate> estimates = new ArrayList<>();
    for (double a : appeal) {
      double mean = viralFraction(a, degree);
      double sd = 0.02 + 0.6 * mean * (0.85 - mean);
      double half = 1.96 * sd / Math.sqrt(30);
      estimates.add(new Estimate(30, mean, sd, Math.max(0, mean - half), mean + half));
    }
    return estimates;
  }

  static Map<String, double[]> appealBySeries() {
    Map<String, double[]> x = new LinkedHashMap<>();
    for (double k : new double[] {2, 4, 8}) x.put(String.format("mean degree %.0f", k), APPEAL);
    return x;
  }

  static Map<String, List<Estimate>> estimatesBySeries() {
    Map<String, List<Estimate>> bySeries = new LinkedHashMap<>();
    for (double k : new double[] {2, 4, 8}) bySeries.put(String.format("mean degree %.0f", k), estimates(APPEAL, k));
    return bySeries;
  }

  /** [appeal][degree], with one cell whose runs all failed. */
  static double[][] grid() {
    double[] appeal = {0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5};
    double[][] mean = new double[appeal.length][DEGREE.length];
    for (int i = 0; i < appeal.length; i++) {
      for (int j = 0; j < DEGREE.length; j++) mean[i][j] = viralFraction(appeal[i], DEGREE[j]);
    }
    mean[2][4] = Double.NaN;
    return mean;
  }

  /** A Latin hypercube-like sample of appeal with noisy outcomes and one failed run. */
  static double[][] sample() {
    Random random = new Random(SEED);
    int n = 200;
    double[][] xy = new double[2][n];
    for (int i = 0; i < n; i++) {
      xy[0][i] = 0.3 * (i + random.nextDouble()) / n;
      xy[1][i] = Math.min(1, Math.max(0, viralFraction(xy[0][i], 4) + 0.06 * random.nextGaussian()));
    }
    xy[1][17] = Double.NaN;
    return xy;
  }

  static final double[] FIRST = {0.42, 0.21, 0.08, Double.NaN, 0.01};
  static final double[][] FIRST_CI = {{0.35, 0.49}, {0.15, 0.27}, {0.03, 0.13}, {Double.NaN, Double.NaN}, {-0.02, 0.04}};
  static final double[] TOTAL = {0.61, 0.38, 0.11, 0.05, 0.02};
  static final double[][] TOTAL_CI = {{0.52, 0.70}, {0.30, 0.46}, {0.07, 0.15}, {0.02, 0.08}, {0.0, 0.04}};
  static final double[] MU_STAR = {0.52, 0.31, 0.12, 0.04, 0.01};
  static final double[] SIGMA = {0.44, 0.29, 0.05, 0.03, 0.01};

  @Test
  void metricVsParameterSortsTheValuesAndSkipsMissingMeans() throws IOException {
    List<Estimate> estimates = new ArrayList<>(estimates(APPEAL, 4));
    estimates.set(4, MISSING); // appeal 0.03
    Estimate noInterval = new Estimate(1, 0.5, Double.NaN, Double.NaN, Double.NaN);
    estimates.set(7, noInterval); // appeal 0.2
    JFreeChart chart = SweepCharts.metricVsParameter("Viral fraction", "appeal", "share of users reached", APPEAL,
        estimates, true);
    assertThat(chart.getTitle().getText()).isEqualTo("Viral fraction");
    assertThat(legendLabels(chart)).containsExactly("mean", "95% CI of mean");
    assertThat(chart.getXYPlot().getDomainAxis()).isInstanceOf(LogAxis.class);
    assertThat(chart.getXYPlot().getDomainAxis().getLabel()).isEqualTo("appeal");
    assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("share of users reached");

    IntervalXYDataset data = (IntervalXYDataset) chart.getXYPlot().getDataset();
    assertThat(data.getItemCount(0)).isEqualTo(APPEAL.length - 1);
    double[] xs = new double[data.getItemCount(0)];
    for (int i = 0; i < xs.length; i++) xs[i] = data.getXValue(0, i);
    assertThat(xs).containsExactly(0.005, 0.01, 0.02, 0.05, 0.07, 0.1, 0.2, 0.5);
    assertThat(data.getYValue(0, 0)).isEqualTo(estimates.get(1).mean());
    assertThat(data.getStartYValue(0, 0)).isEqualTo(estimates.get(1).ciLow());
    assertThat(data.getEndYValue(0, 0)).isEqualTo(estimates.get(1).ciHigh());
    assertThat(data.getStartYValue(0, 6)).isEqualTo(0.5);
    assertThat(data.getEndYValue(0, 6)).isEqualTo(0.5);
    assertReadable(chart);
    assertPng(chart, "metric-vs-parameter.png");

    JFreeChart linear = SweepCharts.metricVsParameter("t", "appeal", "m", APPEAL, estimates, false);
    assertThat(linear.getXYPlot().getDomainAxis()).isInstanceOf(NumberAxis.class);
  }

  @Test
  void aParameterWithWholeValuesOnlyGetsWholeTicks() throws IOException {
    double[] seeds = {1, 2, 3, 4};
    JFreeChart counts = SweepCharts.metricVsParameter("t", "seeds", "m", seeds, estimates(seeds, 4), false);
    assertPng(counts, "counts.png"); // drawing picks the tick unit
    double tick = ((NumberAxis) counts.getXYPlot().getDomainAxis()).getTickUnit().getSize();
    assertThat(tick).as("not 0.5 between 1 and 4").isGreaterThanOrEqualTo(1).isEqualTo(Math.rint(tick));
    double[] shares = {0.1, 0.2, 0.3, 0.4};
    JFreeChart fractions = SweepCharts.metricVsParameter("t", "share", "m", shares, estimates(shares, 4), false);
    assertPng(fractions, "fractions.png");
    assertThat(((NumberAxis) fractions.getXYPlot().getDomainAxis()).getTickUnit().getSize()).isLessThan(1);
  }

  @Test
  void metricVsParameterRejectsValuesItCannotPlace() {
    List<Estimate> two = estimates(new double[] {0.1, 0.2}, 4);
    assertThatThrownBy(() -> SweepCharts.metricVsParameter("t", "appeal", "m", new double[] {0, 0.2}, two, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appeal = 0.0");
    assertThatThrownBy(() -> SweepCharts.metricVsParameter("t", "appeal", "m", new double[] {Double.NaN, 1}, two,
        false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SweepCharts.metricVsParameter("t", "appeal", "m", new double[] {0.1}, two, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 estimates for 1");
  }

  @Test
  void metricVsParameterBySeriesDrawsALinePerSeriesInOrder() throws IOException {
    JFreeChart chart = SweepCharts.metricVsParameterBySeries("Threshold by degree", "appeal", "viral fraction",
        appealBySeries(), estimatesBySeries(), true);
    assertThat(legendLabels(chart))
        .containsExactly("mean degree 2", "mean degree 4", "mean degree 8", "95% CI of mean");
    XYDataset data = chart.getXYPlot().getDataset();
    assertThat(data.getSeriesCount()).isEqualTo(3);
    assertThat(data.getItemCount(2)).isEqualTo(APPEAL.length);
    assertThat(data.getYValue(2, 0)).isEqualTo(viralFraction(0.005, 8));
    assertReadable(chart);
    assertPng(chart, "by-series.png");

    assertThatThrownBy(() -> SweepCharts.metricVsParameterBySeries("t", "a", "m", Map.of("x", APPEAL),
        Map.of("y", estimates(APPEAL, 2)), false)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ");
    assertThatThrownBy(() -> SweepCharts.metricVsParameterBySeries("t", "a", "m", Map.of(), Map.of(), false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no series");
  }

  @Test
  void heatmapColoursAndLabelsEachCell() throws IOException {
    double[] appeal = {0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5};
    double[][] mean = grid();
    JFreeChart chart = SweepCharts.heatmap("Viral fraction", "appeal", appeal, "mean degree", DEGREE, mean,
        "viral fraction");
    assertThat(chart.getLegend()).isNull();
    assertThat(chart.getXYPlot().getRenderer()).isInstanceOf(XYBlockRenderer.class);
    XYZDataset data = (XYZDataset) chart.getXYPlot().getDataset();
    assertThat(data.getItemCount(0)).isEqualTo(appeal.length * DEGREE.length);
    int k = 3 * DEGREE.length + 1;
    assertThat(data.getXValue(0, k)).isEqualTo(3);
    assertThat(data.getYValue(0, k)).isEqualTo(1);
    assertThat(data.getZValue(0, k)).isEqualTo(mean[3][1]);

    SymbolAxis x = (SymbolAxis) chart.getXYPlot().getDomainAxis();
    assertThat(x.getLabel()).isEqualTo("appeal");
    assertThat(x.getSymbols()).containsExactly("0.005", "0.01", "0.02", "0.05", "0.1", "0.2", "0.5");
    assertThat(((SymbolAxis) chart.getXYPlot().getRangeAxis()).getSymbols()).containsExactly("2", "4", "6", "8", "12");

    PaintScaleLegend bar = (PaintScaleLegend) chart.getSubtitle(0);
    assertThat(bar.getAxis().getLabel()).isEqualTo("viral fraction");
    assertThat(bar.getScale().getLowerBound()).isEqualTo(mean[0][0]);
    assertThat(bar.getScale().getUpperBound()).isEqualTo(mean[6][4]);
    assertThat(bar.getScale().getPaint(Double.NaN)).isEqualTo(HeatScale.MISSING);

    List<String> labels = new ArrayList<>();
    for (XYAnnotation a : chart.getXYPlot().getAnnotations()) labels.add(((XYTextAnnotation) a).getText());
    assertThat(labels).hasSize(appeal.length * DEGREE.length).contains("n/a", "0.84");
    assertPng(chart, "heatmap.png");
  }

  @Test
  void heatmapLeavesLargeGridsUnlabelledAndRejectsRaggedOnes() {
    double[] many = new double[20];
    for (int i = 0; i < many.length; i++) many[i] = i;
    JFreeChart big = SweepCharts.heatmap("t", "a", many, "b", many, new double[20][20], "m");
    assertThat(big.getXYPlot().getAnnotations()).isEmpty();
    assertThat(((PaintScaleLegend) big.getSubtitle(0)).getScale().getLowerBound()).isEqualTo(-0.5);

    double[] two = {1, 2};
    assertThatThrownBy(() -> SweepCharts.heatmap("t", "a", two, "b", two, new double[][] {{1, 2}, {3}}, "m"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a = 2");
    assertThatThrownBy(() -> SweepCharts.heatmap("t", "a", two, "b", two, new double[][] {{1, 2}}, "m"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 rows of means for 2");
    assertThatThrownBy(() -> SweepCharts.heatmap("t", "a", new double[0], "b", two, new double[0][], "m"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
  }

  @Test
  void heatScaleRunsFromDarkToLightAndLabelsReadOnBoth() {
    HeatScale scale = new HeatScale(0, 1);
    assertThat(scale.colour(-1)).isEqualTo(scale.colour(0));
    assertThat(scale.colour(0).getRGB() & 0xFFFFFF).isEqualTo(0x440154);
    assertThat(scale.colour(1).getRGB() & 0xFFFFFF).isEqualTo(0xFDE725);
    assertThat(scale.textOn(0)).isEqualTo(java.awt.Color.WHITE);
    assertThat(scale.textOn(1)).isEqualTo(ChartStyle.TEXT);
    assertThat(HeatScale.over(new double[][] {{Double.NaN}})).isEqualTo(new HeatScale(0, 1));
    assertThatThrownBy(() -> new HeatScale(1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void scatterShowsEachFiniteDesignPoint() throws IOException {
    double[][] xy = sample();
    JFreeChart chart = SweepCharts.scatter("Sampled appeal", "appeal", "viral fraction", xy[0], xy[1]);
    assertThat(legendLabels(chart)).containsExactly("design points (199)");
    XYDataset data = chart.getXYPlot().getDataset();
    assertThat(data.getItemCount(0)).isEqualTo(199);
    assertThat(chart.getXYPlot().getDomainAxis().getLabel()).isEqualTo("appeal");
    assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(0))
        .isEqualTo(Charts.translucent(ChartStyle.color(0), 0.6));
    assertPng(chart, "scatter.png");
    assertThatThrownBy(() -> SweepCharts.scatter("t", "a", "viral fraction", new double[2], new double[3]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("viral fraction");
  }

  @Test
  void scatterOnALogAxisDrawsTheMeanOfEachBin() throws IOException {
    double[] x = new double[30];
    double[] y = new double[30];
    for (int i = 0; i < 30; i++) {
      x[i] = Math.pow(10, -3 + 2.0 * i / 29); // 0.001 to 0.1
      y[i] = viralFraction(x[i], 4);
    }
    y[4] = Double.NaN;
    JFreeChart chart = SweepCharts.scatter("Sampled appeal", "appeal", "viral fraction", x, y, true, true);
    assertThat(chart.getXYPlot().getDomainAxis()).isInstanceOf(ParameterLogAxis.class);
    assertThat(legendLabels(chart)).containsExactly("design points (29)", "mean of the points in each of 3 bins");
    XYDataset trend = chart.getXYPlot().getDataset(1);
    assertThat(trend.getItemCount(0)).isEqualTo(3);
    // The first bin holds the 9 smallest finite x (index 4 has no y): its mean y, at their geometric mean x.
    int[] first = {0, 1, 2, 3, 5, 6, 7, 8, 9};
    double meanY = 0;
    double logX = 0;
    for (int i : first) {
      meanY += y[i] / first.length;
      logX += Math.log(x[i]) / first.length;
    }
    assertThat(trend.getYValue(0, 0)).isCloseTo(meanY, within(1e-12));
    assertThat(trend.getXValue(0, 0)).isCloseTo(Math.exp(logX), within(1e-12));
    assertPng(chart, "scatter-log.png");

    double[] levels = {1, 1, 2, 2, 3, 3};
    JFreeChart few = SweepCharts.scatter("t", "seeds", "reach", levels, new double[] {1, 3, 5, 7, 9, 11}, false, true);
    assertThat(legendLabels(few)).containsExactly("design points (6)", "mean at each value");
    assertThat(few.getXYPlot().getDataset(1).getYValue(0, 2)).isEqualTo(10.0);
    assertThat(legendLabels(SweepCharts.scatter("t", "a", "m", new double[] {1, 2}, new double[] {1, 2}, false, true)))
        .containsExactly("design points (2)");
    assertThatThrownBy(() -> SweepCharts.scatter("t", "appeal", "m", new double[] {0, 1}, new double[] {1, 2}, true,
        false)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appeal = 0.0");
  }

  @Test
  void parameterLogAxisTicksAtOneTwoAndFiveTimesPowersOfTen() {
    assertThat(ParameterLogAxis.at(1, 16, new int[] {1, 2, 5}, 1)).containsExactly(1.0, 2.0, 5.0, 10.0);
    assertThat(ParameterLogAxis.at(0.002, 0.03, new int[] {1, 2, 5}, 1)).containsExactly(0.002, 0.005, 0.01, 0.02);
    assertThat(ParameterLogAxis.at(1e-6, 1e6, new int[] {1}, 3)).containsExactly(1e-6, 1e-3, 1.0, 1e3, 1e6);
    JFreeChart chart = SweepCharts.metricVsParameter("t", "appeal", "m", new double[] {3, 4, 6},
        estimates(new double[] {3, 4, 6}, 4), true);
    ValueAxis axis = chart.getXYPlot().getDomainAxis();
    java.awt.Graphics2D g = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
    List<?> ticks = axis.refreshTicks(g, new org.jfree.chart.axis.AxisState(), new java.awt.geom.Rectangle2D.Double(0, 0,
        800, 400), org.jfree.chart.ui.RectangleEdge.BOTTOM);
    List<String> labels = ticks.stream().map(t -> ((org.jfree.chart.axis.ValueTick) t).getText()).toList();
    assertThat(labels).contains("3", "4", "5", "6"); // less than a decade: every whole multiple
    assertThat(((org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) chart.getXYPlot().getRenderer())
        .getSeriesShapesVisible(0)).isTrue();
  }

  @Test
  void heatmapTakesNamedValuesAndPrintsNoNegativeZero() {
    double[][] mean = {{-0.001, 2}, {3, Double.NaN}};
    JFreeChart chart = SweepCharts.heatmap("t", "assignment", new String[] {"random", "by_degree"}, "appeal",
        new String[] {"1", "3"}, mean, "reach");
    assertThat(((SymbolAxis) chart.getXYPlot().getDomainAxis()).getSymbols()).containsExactly("random", "by_degree");
    List<String> labels = new ArrayList<>();
    for (XYAnnotation a : chart.getXYPlot().getAnnotations()) labels.add(((XYTextAnnotation) a).getText());
    assertThat(labels).containsExactly("0.00", "2.00", "3.00", "n/a"); // not -0.00
  }

  @Test
  void sensitivityBarsPairFirstAndTotalIndicesWithIntervals() throws IOException {
    JFreeChart chart = SweepCharts.sensitivityBars("Sobol indices", PARAMETERS, FIRST, FIRST_CI, TOTAL, TOTAL_CI);
    assertThat(legendLabels(chart)).containsExactly(SweepCharts.FIRST_ORDER, SweepCharts.TOTAL_ORDER, "95% CI");
    IntervalCategoryDataset data = (IntervalCategoryDataset) chart.getCategoryPlot().getDataset();
    assertThat(data.getRowCount()).isEqualTo(2);
    assertThat(data.getColumnKeys()).containsExactlyElementsOf(PARAMETERS);
    assertThat(data.getValue(0, 0)).isEqualTo(0.42);
    assertThat(data.getStartValue(1, 1)).isEqualTo(0.30);
    assertThat(data.getEndValue(1, 1)).isEqualTo(0.46);
    assertThat(data.getValue(0, 3)).isNull();
    assertThat(data.getStartValue(0, 3)).isNull();
    assertThat(chart.getCategoryPlot().getRenderer().getItemPaint(1, 0)).isEqualTo(ChartStyle.color(1));
    // Room for the interval below 0, but none for printed means there.
    assertThat(chart.getCategoryPlot().getRangeAxis().getLowerBound()).isLessThan(-0.02).isGreaterThan(-0.1);
    assertReadable(chart);
    assertPng(chart, "sobol.png");

    assertThatThrownBy(() -> SweepCharts.sensitivityBars("t", PARAMETERS, FIRST, FIRST_CI, new double[2], TOTAL_CI))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(SweepCharts.TOTAL_ORDER);
    double[][] shortCi = FIRST_CI.clone();
    shortCi[1] = new double[] {0.1};
    assertThatThrownBy(() -> SweepCharts.sensitivityBars("t", PARAMETERS, FIRST, shortCi, TOTAL, TOTAL_CI))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval of mean degree");
    assertThatThrownBy(() -> SweepCharts.sensitivityBars("t", List.of(), new double[0], new double[0][],
        new double[0], new double[0][])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void morrisBarsShowMuStarBesideSigmaWithoutWhiskers() throws IOException {
    JFreeChart chart = SweepCharts.morrisBars("Morris screening", PARAMETERS, MU_STAR, SIGMA);
    assertThat(legendLabels(chart)).containsExactly(SweepCharts.MU_STAR, SweepCharts.SIGMA);
    IntervalCategoryDataset data = (IntervalCategoryDataset) chart.getCategoryPlot().getDataset();
    assertThat(data.getValue(SweepCharts.SIGMA, "appeal")).isEqualTo(0.44);
    assertThat(data.getStartValue(0, 0)).isNull();
    assertThat(chart.getCategoryPlot().getRangeAxis().getLowerBound()).isZero();
    assertReadable(chart);
    assertPng(chart, "morris.png");
    assertThatThrownBy(() -> SweepCharts.morrisBars("t", PARAMETERS, MU_STAR, new double[4]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("4 values, expected 5");
  }

  private void assertPng(JFreeChart chart, String name) throws IOException {
    Path file = dir.resolve(name);
    ChartFiles.png(chart, file, NamedChart.DEFAULT_WIDTH, NamedChart.DEFAULT_HEIGHT);
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image.getWidth()).isEqualTo(NamedChart.DEFAULT_WIDTH);
    assertThat(image.getHeight()).isEqualTo(NamedChart.DEFAULT_HEIGHT);
  }

  @Test
  void gridTickLabelsKeepThreeSignificantDigitsUnlessThatMakesTwoAlike() {
    assertThat(SweepCharts.labels(new double[] {1, 1.7411011, 3.0314331, 16, 0.0002})).containsExactly("1", "1.74",
        "3.03", "16", "2E-4");
    assertThat(SweepCharts.labels(new double[] {1.0001, 1.0002})).containsExactly("1.0001", "1.0002");
  }
}
