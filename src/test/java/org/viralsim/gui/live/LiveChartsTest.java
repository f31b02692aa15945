package org.viralsim.gui.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.chart.NamedChart;
import org.viralsim.config.Scenario;
import org.viralsim.gui.TestRuns;
import org.viralsim.gui.view.Palette;
import org.viralsim.model.CampaignSim;
import org.viralsim.observe.RunRecorder;
import org.viralsim.observe.SeriesColumns;
import org.viralsim.stats.Inequality;

/** The live charts drawn headless from runs in progress: the set shown, and what each one carries. */
class LiveChartsTest {
  static final int TICKS = 12;

  static LaneData lane(long seed, String label, String... overrides) {
    Scenario scenario = TestRuns.scenario(seed, overrides);
    CampaignSim sim = new CampaignSim(seed, scenario, null);
    sim.start();
    RunRecorder recorder = new RunRecorder(sim);
    recorder.attach();
    for (int t = 0; t < TICKS; t++) sim.schedule.step(sim);
    return LaneData.of(label, scenario, sim.graph().nodeCount(), recorder, false);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void oneRunGivesSixChartsThatAreDrawnAndCarryItsFigures(long seed) {
    LaneData run = lane(seed, "window");
    List<NamedChart> charts = LiveCharts.of(List.of(run));
    assertThat(charts).extracting(NamedChart::name).containsExactly(LiveCharts.REACH, LiveCharts.ACTIONS,
        LiveCharts.SHARES, LiveCharts.LORENZ, LiveCharts.CASCADES, LiveCharts.KPIS);
    for (NamedChart c : charts) assertThat(colours(draw(c.chart()))).as(c.name()).hasSizeGreaterThan(10);
    BufferedImage actions = draw(charts.get(1).chart());
    String[] roles = run.scenario().population().roleNames();
    for (int r = 0; r < roles.length; r++) {
      boolean acted = false;
      for (String prefix : List.of(SeriesColumns.POSTS, SeriesColumns.RESHARES, SeriesColumns.COMMENTS)) {
        for (double v : run.column(SeriesColumns.ofRole(prefix, roles[r]))) acted |= v > 0;
      }
      assertThat(colours(actions).contains(Palette.role(r).getRGB())).as("%s's colour in actions by role", roles[r])
          .isEqualTo(acted);
    }
    double gini = Inequality.giniOfHistogram(run.contributions());
    assertThat(labels(charts.get(3).chart())).anyMatch(l -> l.contains(String.format(java.util.Locale.ROOT, "Gini %.2f", gini)));
    assertThat(charts.get(5).chart().getSubtitleCount()).as("legend and the KPI line").isGreaterThanOrEqualTo(2);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2})
  void twoRunsSideBySideShareTheChartsWithActionsByRoleForEach(long seed) {
    LaneData left = lane(seed, "dull", "campaign.appeal=1");
    LaneData right = lane(seed, "catchy", "campaign.appeal=10");
    List<NamedChart> charts = LiveCharts.of(List.of(left, right));
    assertThat(charts).extracting(NamedChart::name).containsExactly(LiveCharts.REACH, LiveCharts.ACTIONS + "_1",
        LiveCharts.ACTIONS + "_2", LiveCharts.SHARES, LiveCharts.LORENZ, LiveCharts.CASCADES, LiveCharts.KPIS);
    assertThat(labels(charts.get(0).chart())).containsExactly("dull", "catchy");
    assertThat(charts.get(1).chart().getTitle().getText()).startsWith("dull");
    assertThat(charts.get(2).chart().getTitle().getText()).startsWith("catchy");
    for (NamedChart c : charts) assertThat(colours(draw(c.chart()))).as(c.name()).hasSizeGreaterThan(10);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2})
  void beforeAnyTickTheChartsAreDrawnWithoutData(long seed) {
    Scenario scenario = TestRuns.scenario(seed);
    CampaignSim sim = new CampaignSim(seed, scenario, null);
    sim.start();
    RunRecorder recorder = new RunRecorder(sim);
    LaneData empty = LaneData.of("window", scenario, sim.graph().nodeCount(), recorder, false);
    List<NamedChart> charts = LiveCharts.of(List.of(empty));
    assertThat(charts).hasSize(6);
    for (NamedChart c : charts) {
      assertThat(c.chart().getTitle().getText()).as(c.name()).isNotBlank();
      assertThat(colours(draw(c.chart()))).as(c.name()).isNotEmpty();
    }
    assertThat(charts.get(0).chart().getXYPlot().getDataset().getItemCount(0)).as("no reach yet").isZero();
    assertThat(labels(charts.get(3).chart())).as("no Lorenz curve before anyone acted").containsExactly("perfect equality");
  }

  static List<String> labels(JFreeChart chart) {
    LegendItemCollection items = chart.getPlot().getLegendItems();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.getItemCount(); i++) {
      LegendItem item = items.get(i);
      out.add(item.getLabel());
    }
    return out;
  }

  static BufferedImage draw(JFreeChart chart) {
    BufferedImage image = new BufferedImage(480, 330, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    chart.draw(g, new Rectangle2D.Double(0, 0, 480, 330));
    g.dispose();
    return image;
  }

  static Set<Integer> colours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    int white = Color.WHITE.getRGB();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) if (image.getRGB(x, y) != white) seen.add(image.getRGB(x, y));
    }
    return seen;
  }
}
