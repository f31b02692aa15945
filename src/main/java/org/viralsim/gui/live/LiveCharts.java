package org.viralsim.gui.live;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Line2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.RangeType;
import org.viralsim.chart.Charts;
import org.viralsim.chart.NamedChart;
import org.viralsim.chart.RunChartSet;
import org.viralsim.config.Role;
import org.viralsim.gui.view.Palette;
import org.viralsim.observe.SeriesColumns;
import org.viralsim.stats.Inequality;

/**
 * The trainer window's charts of one run, or of two side by side, built from the same recorder
 * measures and chart code as a batch run's report: reach over time, actions by role (stacked, one
 * chart per run), who contributes (Lorenz curve and Gini), cascade sizes, and the campaign's KPIs.
 */
public final class LiveCharts {
  public static final String REACH = RunChartSet.REACH;
  public static final String ACTIONS = "actions_by_role";
  public static final String LORENZ = RunChartSet.LORENZ;
  public static final String CASCADES = RunChartSet.CASCADE_SIZES;
  public static final String KPIS = "campaign_kpis";
  public static final String SHARES = "users_and_actions_by_role";
  private static final int LORENZ_POINTS = 101;
  /** Runs are told apart by colours no role has (blue, reddish purple) and, for the right one, dashes. */
  private static final Color[] RUN_COLOURS = {new Color(0x0072B2), new Color(0xCC79A7)};
  /** Buyers, complaints and customers lost. */
  private static final Color[] KPI_COLOURS = {new Color(0x0072B2), new Color(0xE69F00), Color.BLACK};
  private static final BasicStroke SOLID = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  private static final BasicStroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
      new float[] {8f, 5f}, 0f);

  private LiveCharts() {}

  /** The charts in the order the window shows them. */
  public static List<NamedChart> of(List<LaneData> lanes) {
    List<NamedChart> charts = new ArrayList<>();
    charts.add(NamedChart.of(REACH, reach(lanes)));
    double top = 0;
    List<JFreeChart> actions = new ArrayList<>();
    for (int i = 0; i < lanes.size(); i++) {
      JFreeChart chart = actions(lanes.get(i), lanes.size() == 1 ? "Actions by role" : lanes.get(i).label()
          + ": actions by role");
      top = Math.max(top, chart.getXYPlot().getRangeAxis().getUpperBound());
      actions.add(chart);
      charts.add(NamedChart.of(lanes.size() == 1 ? ACTIONS : ACTIONS + "_" + (i + 1), chart));
    }
    for (JFreeChart chart : actions) chart.getXYPlot().getRangeAxis().setRange(0, top); // one scale for both runs
    charts.add(NamedChart.of(SHARES, shares(lanes)));
    charts.add(NamedChart.of(LORENZ, lorenz(lanes)));
    charts.add(NamedChart.of(CASCADES, cascades(lanes)));
    charts.add(NamedChart.of(KPIS, kpis(lanes)));
    return charts;
  }

  private static double[] ticks(LaneData lane) {
    double[] t = new double[lane.ticks()];
    for (int i = 0; i < t.length; i++) t[i] = i;
    return t;
  }

  /** Lanes' labels only when there are two to tell apart. */
  private static String name(List<LaneData> lanes, LaneData lane, String what) {
    return lanes.size() == 1 ? what : lane.label() + ": " + what;
  }

  static JFreeChart reach(List<LaneData> lanes) {
    Map<String, double[]> lines = new LinkedHashMap<>();
    for (LaneData lane : lanes) {
      lines.put(lanes.size() == 1 ? "reach" : lane.label(), lane.column(SeriesColumns.REACH));
    }
    JFreeChart chart = Charts.byRoleOverTime("Reach over time", longest(lanes), pad(lines, lanes),
        "users who read the campaign");
    LaneData first = lanes.get(0);
    double viral = first.scenario().viralThreshold() * first.users();
    ValueMarker marker = new ValueMarker(viral, Palette.TEXT, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f));
    marker.setLabel("viral threshold");
    marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    marker.setLabelBackgroundColor(Palette.BACKGROUND);
    marker.setLabelAnchor(RectangleAnchor.TOP_LEFT); // over the line, at the start where runs are still low
    marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
    chart.getXYPlot().addRangeMarker(marker);
    counts(chart);
    NumberAxis axis = (NumberAxis) chart.getXYPlot().getRangeAxis();
    axis.setRange(0, Math.max(axis.getUpperBound(), 1.3 * viral)); // the threshold and its label always in sight
    styleRuns(chart, lanes.size(), 1, RUN_COLOURS);
    return chart;
  }

  static JFreeChart actions(LaneData lane, String title) {
    String[] roles = lane.scenario().population().roleNames();
    Map<String, double[]> parts = new LinkedHashMap<>();
    Color[] colours = new Color[roles.length];
    for (int r = 0; r < roles.length; r++) {
      parts.put(roles[r], actionsPerTick(lane, roles[r]));
      colours[r] = Palette.role(r);
    }
    return Charts.stackedOverTime(title, ticks(lane), parts, colours, "posts, reshares and comments per hour");
  }

  private static double[] actionsPerTick(LaneData lane, String role) {
    double[] sum = new double[lane.ticks()];
    for (String prefix : List.of(SeriesColumns.POSTS, SeriesColumns.RESHARES, SeriesColumns.COMMENTS)) {
      double[] c = lane.column(SeriesColumns.ofRole(prefix, role));
      for (int t = 0; t < sum.length; t++) sum[t] += c[t];
    }
    return sum;
  }

  /** The 90-9-1 rule in two bars per role: its share of the users against its share of what was done. */
  static JFreeChart shares(List<LaneData> lanes) {
    Map<String, double[][]> runs = new LinkedHashMap<>();
    for (LaneData lane : lanes) {
      String[] roles = lane.scenario().population().roleNames();
      Role[] defined = lane.scenario().population().roleArray();
      double[] users = new double[roles.length];
      double[] actions = new double[roles.length];
      double total = 0;
      for (int r = 0; r < roles.length; r++) {
        users[r] = defined[r].share();
        for (double a : actionsPerTick(lane, roles[r])) actions[r] += a;
        total += actions[r];
      }
      for (int r = 0; r < roles.length; r++) actions[r] = total == 0 ? 0 : actions[r] / total;
      runs.put(lanes.size() == 1 ? "" : lane.label() + ": ", new double[][] {users, actions});
    }
    return Charts.usersAndActionsByRole("Users and actions by role", lanes.get(0).scenario().population().roleNames(),
        runs);
  }

  static JFreeChart lorenz(List<LaneData> lanes) {
    Map<String, double[][]> curves = new LinkedHashMap<>();
    List<Integer> runs = new ArrayList<>();
    for (LaneData lane : lanes) {
      double gini = Inequality.giniOfHistogram(lane.contributions());
      if (Double.isNaN(gini) || gini == 0 && lane.contributions().length <= 1) continue; // nobody did anything yet
      curves.put(String.format(Locale.ROOT, "%s (Gini %.2f)", lanes.size() == 1 ? "users" : lane.label(), gini),
          Inequality.lorenzOfHistogram(lane.contributions(), LORENZ_POINTS));
      runs.add(lanes.indexOf(lane));
    }
    JFreeChart chart = Charts.lorenz("Contributions", curves, Double.NaN);
    for (NumberAxis axis : List.of((NumberAxis) chart.getXYPlot().getDomainAxis(),
        (NumberAxis) chart.getXYPlot().getRangeAxis())) {
      axis.setTickUnit(new NumberTickUnit(0.25, NumberFormat.getPercentInstance(Locale.ROOT)));
    }
    XYItemRenderer renderer = chart.getXYPlot().getRenderer();
    for (int k = 0; k < runs.size(); k++) {
      renderer.setSeriesPaint(k, RUN_COLOURS[runs.get(k)]);
      renderer.setSeriesStroke(k, runs.get(k) == 0 ? SOLID : DASHED);
    }
    return chart;
  }

  static JFreeChart cascades(List<LaneData> lanes) {
    Map<String, long[]> sizes = new LinkedHashMap<>();
    for (LaneData lane : lanes) sizes.put(lanes.size() == 1 ? "items" : lane.label(), lane.cascadeSizes());
    JFreeChart chart = Charts.ccdfLogLog("Cascade sizes (items that stopped spreading)", sizes,
        "users who shared the item");
    chart.getXYPlot().getRangeAxis().setLabel("share at least this large");
    for (int i = 0; i < lanes.size(); i++) chart.getXYPlot().getRenderer().setSeriesPaint(i, RUN_COLOURS[i]);
    return chart;
  }

  static JFreeChart kpis(List<LaneData> lanes) {
    Map<String, double[]> lines = new LinkedHashMap<>();
    for (LaneData lane : lanes) {
      String campaign = lane.scenario().campaign().name();
      lines.put(name(lanes, lane, "buyers"), lane.column(SeriesColumns.of(campaign, SeriesColumns.CAMPAIGN_CONVERSIONS)));
      lines.put(name(lanes, lane, "complaints"), lane.brandColumn(SeriesColumns.COMPLAINTS));
      lines.put(name(lanes, lane, "customers lost"), lane.brandColumn(SeriesColumns.CHURNED));
    }
    JFreeChart chart = Charts.byRoleOverTime("Campaign KPIs", longest(lanes), pad(lines, lanes), "users so far");
    counts(chart);
    styleRuns(chart, lanes.size(), 3, KPI_COLOURS);
    if (lanes.size() > 1) { // the measures by colour and the runs by dash: five short entries, not six long ones
      LegendItemCollection legend = new LegendItemCollection();
      String[] measures = {"buyers", "complaints", "customers lost"};
      for (int k = 0; k < measures.length; k++) legend.add(line(measures[k], SOLID, KPI_COLOURS[k]));
      for (int i = 0; i < lanes.size(); i++) legend.add(line(lanes.get(i).label(), i == 0 ? SOLID : DASHED, Color.GRAY));
      chart.getXYPlot().setFixedLegendItems(legend);
    }
    if (lanes.size() == 1) { // side by side, each view's caption carries its run's line
      TextTitle line = new TextTitle(KpiLine.of(lanes.get(0).kpis()));
      line.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
      chart.addSubtitle(line);
    }
    return chart;
  }

  /**
   * Colours and dashes of a chart with {@code perRun} lines per run, run after run: the k-th line of
   * each run in {@code colours[k]} (or, one line per run, {@code colours[run]}), the right run's dashed.
   */
  private static void styleRuns(JFreeChart chart, int runs, int perRun, Color[] colours) {
    XYItemRenderer renderer = chart.getXYPlot().getRenderer();
    for (int run = 0; run < runs; run++) {
      for (int k = 0; k < perRun; k++) {
        renderer.setSeriesPaint(run * perRun + k, perRun == 1 ? colours[run] : colours[k]);
        renderer.setSeriesStroke(run * perRun + k, run == 0 ? SOLID : DASHED);
      }
    }
  }

  private static LegendItem line(String label, BasicStroke stroke, Color colour) {
    return new LegendItem(label, null, null, null, new Line2D.Double(-10, 0, 10, 0), stroke, colour);
  }

  /** A count axis from 0 and at least 0 to 5, so that a run with nothing yet shows no negative counts. */
  private static void counts(JFreeChart chart) {
    NumberAxis axis = (NumberAxis) chart.getXYPlot().getRangeAxis();
    axis.setRangeType(RangeType.POSITIVE);
    axis.setAutoRangeMinimumSize(5);
  }

  /** The ticks of the run that has run longest. */
  private static double[] longest(List<LaneData> lanes) {
    LaneData longest = lanes.get(0);
    for (LaneData lane : lanes) if (lane.ticks() > longest.ticks()) longest = lane;
    return ticks(longest);
  }

  /** Lines as long as the longest run's: a run that is over keeps its last value (NaN before any tick). */
  private static Map<String, double[]> pad(Map<String, double[]> lines, List<LaneData> lanes) {
    int n = longest(lanes).length;
    Map<String, double[]> out = new LinkedHashMap<>();
    lines.forEach((k, v) -> {
      double[] padded = Arrays.copyOf(v, n);
      for (int t = v.length; t < n; t++) padded[t] = v.length == 0 ? Double.NaN : v[v.length - 1];
      out.put(k, padded);
    });
    return out;
  }
}
