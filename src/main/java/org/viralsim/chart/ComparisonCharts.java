package org.viralsim.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.viralsim.experiment.Comparison;
import org.viralsim.experiment.Replications;
import org.viralsim.experiment.Summary;
import org.viralsim.observe.RunResult;
import org.viralsim.observe.SeriesColumns;
import org.viralsim.stats.Estimate;

/** The charts of a comparison of two scenarios: their KPI maps side by side, and their reach over time. */
public final class ComparisonCharts {
  public static final String KPI_MAP = "kpi_map";
  public static final String REACH = "reach_over_time";
  public static final String CHURN = "churn_over_time";

  private ComparisonCharts() {}

  /** @param labels how A and B are named in the charts */
  public static List<NamedChart> charts(Comparison c, List<String> labels) {
    int pairs = c.a().runs().size();
    NamedChart map = kpiMap(List.of(c.a(), c.b()), labels);
    int steps = Math.max(c.a().scenario().steps(), c.b().scenario().steps());
    Map<String, double[][]> reach = new LinkedHashMap<>();
    reach.put(labels.get(0), reach(c.a(), steps));
    reach.put(labels.get(1), reach(c.b(), steps));
    NamedChart overTime = NamedChart.of(REACH, KpiCharts.meanOverTime("The main campaign's reach over time in A and B ("
        + pairs + " paired runs)", RunChartSet.ticks(steps), reach, "users reached (cumulative)", 0,
        Double.POSITIVE_INFINITY));
    List<NamedChart> out = new ArrayList<>(List.of(map, overTime));
    if (!c.a().scenario().brands().isEmpty() && !c.b().scenario().brands().isEmpty()) {
      String brand = c.a().scenario().brands().get(0).name();
      Map<String, double[][]> churn = new LinkedHashMap<>();
      churn.put(labels.get(0), column(c.a(), SeriesColumns.of(brand, SeriesColumns.CHURNED), steps));
      churn.put(labels.get(1), column(c.b(), SeriesColumns.of(c.b().scenario().brands().get(0).name(),
          SeriesColumns.CHURNED), steps));
      out.add(NamedChart.of(CHURN, KpiCharts.meanOverTime("Customers lost so far in A and B (" + pairs
          + " paired runs)", RunChartSet.ticks(steps), churn, "customers lost (cumulative)", 0, Double.POSITIVE_INFINITY)));
    }
    return out;
  }

  /** The main campaign's indicators of several variants run with the same seeds, side by side. */
  public static NamedChart kpiMap(List<Replications> variants, List<String> labels) {
    List<Summary> summaries = variants.stream().map(Summary::of).toList();
    List<KpiCharts.Kpi> kpis = MarketChartSet.kpis(summaries.stream()
        .map(s -> (Function<String, Estimate>) m -> s.metrics().get(m)).toList());
    int[] size = KpiCharts.kpiMapSize(kpis.size(), labels.size());
    return new NamedChart(KPI_MAP, KpiCharts.kpiMap("The main campaign's indicators side by side: mean and 95% CI over "
        + variants.get(0).runs().size() + " runs with the same seeds", "scenario", labels, kpis), size[0], size[1]);
  }

  /** Each run's reach per tick, held at its last value after the scenario's last tick. */
  private static double[][] reach(Replications r, int steps) {
    return column(r, SeriesColumns.REACH, steps);
  }

  /** Each run's values of a per-tick column, held at the last value after the scenario's last tick. */
  private static double[][] column(Replications r, String name, int steps) {
    double[][] out = new double[r.runs().size()][steps];
    for (int i = 0; i < out.length; i++) {
      RunResult run = r.runs().get(i);
      double[] column = run.series().column(name);
      for (int t = 0; t < steps; t++) out[i][t] = column[Math.min(t, column.length - 1)];
    }
    return out;
  }
}
