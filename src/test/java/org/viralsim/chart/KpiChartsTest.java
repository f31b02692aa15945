package org.viralsim.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.viralsim.chart.ChartsTest.assertReadable;
import static org.viralsim.chart.ChartsTest.legendLabels;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.ui.Layer;
import org.jfree.data.Range;
import org.jfree.data.category.IntervalCategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.TableXYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.chart.KpiCharts.Kpi;
import org.viralsim.io.ChartFiles;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Estimates;

class KpiChartsTest {
  private static final long SEED = 4242L;
  private static final double[] TICKS = {0, 1, 2, 3, 4, 5};
  private static final List<String> CAMPAIGNS = List.of("Influencer push", "Community care");
  private static final Estimate MISSING = new Estimate(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

  @TempDir Path dir;

  /** Influencer push reaches more users but loses money; Community care pays off. */
  private static List<Kpi> kpis() {
    return List.of(
        new Kpi("reach", "users", List.of(new Estimate(20, 182_000, 9_000, 178_000, 186_500),
            new Estimate(20, 64_000, 4_000, 62_100, 65_900))),
        new Kpi("net_sentiment", "-1 to 1", List.of(new Estimate(20, -0.12, 0.05, -0.14, -0.1), MISSING)),
        new Kpi("roi", "ratio", List.of(new Estimate(20, -0.57, 0.1, -0.62, -0.52),
            new Estimate(20, 0.91, 0.1, 0.86, 0.96))));
  }

  private static List<CategoryPlot> panels(JFreeChart chart) {
    List<CategoryPlot> panels = new ArrayList<>();
    for (Object p : ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots()) panels.add((CategoryPlot) p);
    return panels;
  }

  @Test
  void kpiMapHasAPanelPerKpiWithMeansIntervalsAndPrintedMeans() {
    JFreeChart chart = KpiCharts.kpiMap("KPI map", CAMPAIGNS, kpis());
    assertThat(chart.getTitle().getText()).isEqualTo("KPI map");
    assertThat(chart.getPlot()).isInstanceOf(CombinedDomainCategoryPlot.class);
    assertThat(((CategoryPlot) chart.getPlot()).getOrientation()).isEqualTo(PlotOrientation.VERTICAL);
    assertThat(((CategoryPlot) chart.getPlot()).getDomainAxis().getLabel()).isEqualTo("campaign");
    assertThat(legendLabels(chart)).containsExactly("Influencer push", "Community care", "95% CI of mean");
    assertReadable(chart);

    List<CategoryPlot> panels = panels(chart);
    assertThat(panels).hasSize(3);
    assertThat(panels).extracting(p -> p.getRangeAxis().getLabel())
        .containsExactly("reach (users)", "net sentiment (-1 to 1)", "roi (ratio)");
    for (int k = 0; k < panels.size(); k++) {
      IntervalCategoryDataset data = (IntervalCategoryDataset) panels.get(k).getDataset();
      assertThat(data.getColumnKeys()).containsExactlyElementsOf(CAMPAIGNS);
      for (int c = 0; c < CAMPAIGNS.size(); c++) {
        Estimate e = kpis().get(k).byCampaign().get(c);
        if (Double.isNaN(e.mean())) continue;
        assertThat(data.getValue(0, c)).isEqualTo(e.mean());
        assertThat(data.getStartValue(0, c)).isEqualTo(e.ciLow());
        assertThat(data.getEndValue(0, c)).isEqualTo(e.ciHigh());
        assertThat(data.getValue(data.getRowKey(0), CAMPAIGNS.get(c))).isEqualTo(e.mean());
        // A campaign keeps its colour in every panel.
        assertThat(panels.get(k).getRenderer().getItemPaint(0, c)).isEqualTo(ChartStyle.color(c));
      }
    }
    assertThat(printed(panels.get(0), 0)).isEqualTo("182,000");
    assertThat(printed(panels.get(0), 1)).isEqualTo("64,000");
    assertThat(printed(panels.get(2), 0)).isEqualTo("-0.57");
    assertThat(printed(panels.get(2), 1)).isEqualTo("0.91");
  }

  @Test
  void kpiMapAxesIncludeZeroShowNegativeBarsAndMarkZero() {
    List<CategoryPlot> panels = panels(KpiCharts.kpiMap("t", CAMPAIGNS, kpis()));
    Range reach = panels.get(0).getRangeAxis().getRange();
    assertThat(reach.getLowerBound()).isZero(); // bars rest on the bottom edge
    assertThat(reach.getUpperBound()).isGreaterThan(186_500); // room for the whisker and its label
    Range roi = panels.get(2).getRangeAxis().getRange();
    assertThat(roi.getLowerBound()).isLessThan(-0.62);
    assertThat(roi.getUpperBound()).isGreaterThan(0.96);
    Range sentiment = panels.get(1).getRangeAxis().getRange();
    assertThat(sentiment.getLowerBound()).isLessThan(-0.14);
    assertThat(sentiment.getUpperBound()).isPositive(); // zero is not the top edge
    for (CategoryPlot panel : panels) {
      @SuppressWarnings("unchecked")
      List<Marker> markers = new ArrayList<>(panel.getRangeMarkers(Layer.FOREGROUND));
      assertThat(markers).singleElement().isInstanceOfSatisfying(ValueMarker.class,
          m -> assertThat(m.getValue()).isZero());
    }
  }

  @Test
  void kpiMapLeavesOutMissingValuesAndSaysNotAvailable() {
    List<Kpi> kpis = List.of(new Kpi("revenue", "EUR", List.of(MISSING, new Estimate(1, 500, Double.NaN, 500, 500))),
        new Kpi("cost", "EUR", List.of(new Estimate(3, 40, 2, Double.NaN, Double.NaN), MISSING)));
    List<CategoryPlot> panels = panels(KpiCharts.kpiMap("t", CAMPAIGNS, kpis));
    IntervalCategoryDataset revenue = (IntervalCategoryDataset) panels.get(0).getDataset();
    assertThat(revenue.getValue(0, 0)).isNull();
    assertThat(revenue.getStartValue(0, 0)).isNull();
    assertThat(revenue.getEndValue(0, 0)).isNull();
    assertThat(revenue.getValue(0, 1)).isEqualTo(500.0);
    assertThat(printed(panels.get(0), 0)).isEqualTo("n/a");
    assertThat(notAvailable(panels.get(0))).containsExactly("Influencer push");
    IntervalCategoryDataset cost = (IntervalCategoryDataset) panels.get(1).getDataset();
    assertThat(cost.getValue(0, 0)).isEqualTo(40.0);
    assertThat(cost.getStartValue(0, 0)).isNull(); // a mean without an interval: a bar without a whisker
    assertThat(notAvailable(panels.get(1))).containsExactly("Community care");

    List<Kpi> none = List.of(new Kpi("roi", "", List.of(MISSING, MISSING)));
    CategoryPlot empty = panels(KpiCharts.kpiMap("t", CAMPAIGNS, none)).get(0);
    assertThat(empty.getRangeAxis().getLabel()).isEqualTo("roi");
    assertThat(empty.getRangeAxis().getRange().contains(0)).isTrue();
    assertThat(empty.getRangeAxis().isTickLabelsVisible()).isFalse();
    assertThat(panels.get(0).getRangeAxis().isTickLabelsVisible()).isTrue();
    assertThat(notAvailable(empty)).containsExactlyElementsOf(CAMPAIGNS);
  }

  @Test
  void printedMeansUseDigitsToSuitTheirSize() {
    assertThat(KpiCharts.format(List.of(new Estimate(2, 1234.567, 1, 1, 2))).format(1234.567)).isEqualTo("1,235");
    assertThat(KpiCharts.format(List.of(new Estimate(2, 45.26, 1, 1, 2))).format(45.26)).isEqualTo("45.3");
    assertThat(KpiCharts.format(List.of(new Estimate(2, -3.456, 1, 1, 2))).format(-3.456)).isEqualTo("-3.46");
    assertThat(KpiCharts.format(List.of(new Estimate(2, 0.01234, 1, 1, 2))).format(0.01234)).isEqualTo("0.012");
    assertThat(KpiCharts.format(List.of(MISSING)).format(0)).isEqualTo("0");
  }

  @Test
  void kpiMapRejectsInputThatDoesNotLineUp() {
    Estimate one = new Estimate(5, 1, 0.1, 0.9, 1.1);
    assertThatThrownBy(() -> KpiCharts.kpiMap("t", CAMPAIGNS, List.of(new Kpi("reach", "users", List.of(one)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reach");
    assertThatThrownBy(() -> KpiCharts.kpiMap("t", List.of(), List.of(new Kpi("reach", "users", List.of()))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("campaigns");
    assertThatThrownBy(() -> KpiCharts.kpiMap("t", List.of("A", "A"), List.of(new Kpi("r", "u", List.of(one, one)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeat");
    assertThatThrownBy(() -> KpiCharts.kpiMap("t", CAMPAIGNS, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KPIs");
    assertThatThrownBy(() -> new Kpi(null, "users", List.of())).isInstanceOf(NullPointerException.class);
  }

  @Test
  void kpiMapSizeGivesEveryPanelRoom() {
    int[] fourteen = KpiCharts.kpiMapSize(14, 2);
    int[] three = KpiCharts.kpiMapSize(3, 2);
    assertThat(fourteen[0]).isEqualTo(three[0]).isGreaterThanOrEqualTo(NamedChart.DEFAULT_WIDTH);
    assertThat((fourteen[1] - three[1]) / 11).isGreaterThanOrEqualTo(100); // pixels per added panel
    assertThat(KpiCharts.kpiMapSize(14, 8)[0]).isGreaterThan(fourteen[0]);
    assertThatThrownBy(() -> KpiCharts.kpiMapSize(0, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KpiCharts.kpiMapSize(3, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void meanOverTimeDrawsAMeanAndAConfidenceBandPerSeries() {
    Map<String, double[][]> attitude = new LinkedHashMap<>();
    attitude.put("our brand", runs(0.05));
    attitude.put("rival", runs(-0.03));
    JFreeChart chart = KpiCharts.meanOverTime("Attitude per brand", TICKS, attitude, "mean attitude (-1 to 1)");
    assertThat(legendLabels(chart)).containsExactly("our brand", "rival", "95% CI of mean");
    assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("mean attitude (-1 to 1)");
    assertThat(chart.getXYPlot().getDomainAxis().getLabel()).isEqualTo("time (ticks)");
    assertReadable(chart);

    IntervalXYDataset data = (IntervalXYDataset) chart.getXYPlot().getDataset();
    assertThat(data.getSeriesCount()).isEqualTo(2);
    assertThat(data.getSeriesKey(1)).isEqualTo("rival");
    double[][] rival = attitude.get("rival");
    double[] last = new double[rival.length];
    for (int r = 0; r < rival.length; r++) last[r] = rival[r][5];
    Estimate e = Estimates.of(last);
    assertThat(data.getYValue(1, 5)).isEqualTo(e.mean());
    assertThat(data.getStartYValue(1, 5)).isEqualTo(e.ciLow());
    assertThat(data.getEndYValue(1, 5)).isEqualTo(e.ciHigh());
    assertThat(chart.getXYPlot().getRenderer().getSeriesPaint(1)).isEqualTo(ChartStyle.color(1));
  }

  @Test
  void bandsOfABoundedMeasureStayInItsRange() {
    // net sentiment near 1 in most runs, far below in one: the t interval would pass 1
    double[][] runs = {{1, 1}, {1, 1}, {1, 1}, {1, -0.6}};
    IntervalXYDataset data = (IntervalXYDataset) KpiCharts.meanOverTime("t", new double[] {0, 1},
        Map.of("brand", runs), "net sentiment", -1, 1).getXYPlot().getDataset();
    Estimate unbounded = Estimates.of(new double[] {1, 1, 1, -0.6});
    assertThat(unbounded.ciHigh()).as("the plain t interval").isGreaterThan(1);
    assertThat(data.getYValue(0, 1)).isEqualTo(unbounded.mean());
    assertThat(data.getEndYValue(0, 1)).isEqualTo(1.0);
    assertThat(data.getStartYValue(0, 1)).isEqualTo(Math.max(-1, unbounded.ciLow()));
  }

  @Test
  void meanOverTimeSkipsMissingValuesAndRejectsRaggedRuns() {
    double[][] churn = {{0, Double.NaN, 2}, {0, Double.NaN, 4}};
    double[][] conversions = {{1, 2, Double.NaN}, {3, Double.NaN, 5}};
    Map<String, double[][]> series = new LinkedHashMap<>();
    series.put("churned", churn);
    series.put("conversions", conversions);
    IntervalXYDataset data = (IntervalXYDataset) KpiCharts.meanOverTime("t", new double[] {0, 1, 2}, series,
        "users (cumulative)").getXYPlot().getDataset();
    assertThat(data.getItemCount(0)).isEqualTo(2);
    assertThat(data.getXValue(0, 1)).isEqualTo(2.0);
    assertThat(data.getYValue(0, 1)).isEqualTo(3.0);
    assertThat(data.getItemCount(1)).isEqualTo(3);
    assertThat(data.getYValue(1, 1)).isEqualTo(2.0); // one run: the interval collapses to the mean
    assertThat(data.getStartYValue(1, 1)).isEqualTo(2.0);
    assertThatThrownBy(() -> KpiCharts.meanOverTime("t", new double[] {0, 1},
        Map.of("revenue", new double[][] {{1, 2}, {1}}), "EUR"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("revenue, replication 1");
  }

  @Test
  void shareOfVoiceStacksTheCampaignsAndCountsMissingAsZero() {
    Map<String, double[]> shares = new LinkedHashMap<>();
    shares.put("Influencer push", new double[] {Double.NaN, 0.6, 0.7, 0.5, 0.3, 0.2});
    shares.put("Community care", new double[] {Double.NaN, 0.4, 0.3, 0.5, 0.7, 0.8});
    JFreeChart chart = KpiCharts.shareOfVoice("Share of voice", TICKS, shares);
    assertThat(legendLabels(chart)).containsExactly("Influencer push", "Community care");
    assertThat(chart.getXYPlot().getRenderer()).isInstanceOf(StackedXYAreaRenderer2.class);
    assertThat(chart.getXYPlot().getRangeAxis().getRange()).isEqualTo(new Range(0, 1));
    assertThat(chart.getXYPlot().getRangeAxis().getLabel()).isEqualTo("share of voice");
    assertReadable(chart);
    TableXYDataset data = (TableXYDataset) chart.getXYPlot().getDataset();
    assertThat(data.getItemCount()).isEqualTo(TICKS.length);
    assertThat(data.getYValue(0, 0)).isZero();
    assertThat(data.getYValue(1, 0)).isZero();
    assertThat(data.getYValue(0, 2)).isEqualTo(0.7);
    assertThat(data.getYValue(1, 2)).isEqualTo(0.3);

    assertThatThrownBy(() -> KpiCharts.shareOfVoice("t", TICKS, Map.of("A", new double[3])))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A");
    assertThatThrownBy(() -> KpiCharts.shareOfVoice("t", new double[] {0}, Map.of("A", new double[] {1.5})))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    Map<String, double[]> tooMuch = new LinkedHashMap<>();
    tooMuch.put("A", new double[] {0.7});
    tooMuch.put("B", new double[] {0.6});
    assertThatThrownBy(() -> KpiCharts.shareOfVoice("t", new double[] {0}, tooMuch))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up to");
  }

  @Test
  void everyChartRendersToAPng() throws IOException {
    int[] size = KpiCharts.kpiMapSize(3, CAMPAIGNS.size());
    Path map = dir.resolve("kpi_map.png");
    ChartFiles.png(KpiCharts.kpiMap("KPI map", CAMPAIGNS, kpis()), map, size[0], size[1]);
    BufferedImage image = ImageIO.read(map.toFile());
    assertThat(image.getWidth()).isEqualTo(size[0]);
    assertThat(image.getHeight()).isEqualTo(size[1]);
    // Both campaign colours are drawn.
    assertThat(colours(image)).contains(ChartStyle.color(0).getRGB() & 0xFFFFFF, ChartStyle.color(1).getRGB() & 0xFFFFFF);

    Path sentiment = dir.resolve("net_sentiment.png");
    ChartFiles.png(KpiCharts.meanOverTime("Net sentiment", TICKS, Map.of("Influencer push", runs(0.02)),
        "net sentiment (-1 to 1)"), sentiment, NamedChart.DEFAULT_WIDTH, NamedChart.DEFAULT_HEIGHT);
    assertThat(ImageIO.read(sentiment.toFile()).getWidth()).isEqualTo(NamedChart.DEFAULT_WIDTH);

    Path voice = dir.resolve("share_of_voice.png");
    ChartFiles.png(KpiCharts.shareOfVoice("Share of voice", TICKS,
        Map.of("Influencer push", new double[] {0, 0.2, 0.4, 0.6, 0.8, 1})), voice, NamedChart.DEFAULT_WIDTH,
        NamedChart.DEFAULT_HEIGHT);
    assertThat(ImageIO.read(voice.toFile()).getHeight()).isEqualTo(NamedChart.DEFAULT_HEIGHT);
  }

  @Test
  void styleReachesEveryPanel() {
    for (CategoryPlot panel : panels(KpiCharts.kpiMap("t", CAMPAIGNS, kpis()))) {
      assertThat(panel.getBackgroundPaint()).isEqualTo(Color.WHITE);
      assertThat(panel.isOutlineVisible()).isFalse();
      assertThat(panel.getRangeAxis().getLabelPaint()).isEqualTo(ChartStyle.TEXT);
    }
  }

  private static String printed(CategoryPlot panel, int campaign) {
    CategoryItemRenderer renderer = panel.getRenderer();
    return renderer.getItemLabelGenerator(0, campaign).generateLabel(panel.getDataset(), 0, campaign);
  }

  /** The campaigns whose value a panel marks as not available. */
  private static List<Object> notAvailable(CategoryPlot panel) {
    List<Object> campaigns = new ArrayList<>();
    for (Object a : panel.getAnnotations()) {
      CategoryTextAnnotation text = (CategoryTextAnnotation) a;
      if (text.getText().equals("n/a")) campaigns.add(text.getCategory());
    }
    return campaigns;
  }

  /** [replication][tick]: a random walk with the given drift per tick. */
  private static double[][] runs(double drift) {
    Random random = new Random(SEED);
    double[][] runs = new double[12][TICKS.length];
    for (double[] run : runs) {
      double x = 0;
      for (int t = 0; t < TICKS.length; t++) {
        x += drift + 0.02 * random.nextGaussian();
        run[t] = x;
      }
    }
    return runs;
  }

  private static Set<Integer> colours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) seen.add(image.getRGB(x, y) & 0xFFFFFF);
    }
    return seen;
  }
}
