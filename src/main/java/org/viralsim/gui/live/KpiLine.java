package org.viralsim.gui.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.viralsim.observe.RunMetrics;

/** The campaign's indicators so far in one line under the KPI chart; money only where some was spent or earned. */
public final class KpiLine {
  private KpiLine() {}

  public static String of(Map<String, Double> kpis) {
    List<String> parts = new ArrayList<>();
    parts.add("reach " + count(kpis, RunMetrics.REACH));
    parts.add("reshares " + count(kpis, RunMetrics.RESHARES));
    parts.add("comments " + count(kpis, RunMetrics.COMMENTS));
    parts.add("buyers " + count(kpis, RunMetrics.CONVERSIONS));
    parts.add("complaints " + count(kpis, RunMetrics.COMPLAINTS));
    parts.add("customers lost " + count(kpis, RunMetrics.CHURNED));
    double engagement = kpis.getOrDefault(RunMetrics.ENGAGEMENT_RATE, Double.NaN);
    if (Double.isFinite(engagement)) parts.add(String.format(Locale.ROOT, "engagement %.1f%%", 100 * engagement));
    double revenue = kpis.getOrDefault(RunMetrics.REVENUE, 0.0);
    double cost = kpis.getOrDefault(RunMetrics.COST, 0.0);
    if (revenue > 0 || cost > 0) {
      parts.add(String.format(Locale.ROOT, "revenue %,.0f EUR", revenue));
      parts.add(String.format(Locale.ROOT, "cost %,.0f EUR", cost));
      double roi = kpis.getOrDefault(RunMetrics.ROI, Double.NaN);
      if (Double.isFinite(roi)) parts.add(String.format(Locale.ROOT, "ROI %.2f", roi));
    }
    return String.join("  ·  ", parts);
  }

  private static String count(Map<String, Double> kpis, String key) {
    return String.format(Locale.ROOT, "%,.0f", kpis.getOrDefault(key, 0.0));
  }
}
