package org.viralsim.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.viralsim.chart.SweepLabels;
import org.viralsim.experiment.Comparison;
import org.viralsim.observe.RunMetrics;
import org.viralsim.stats.Numbers;
import org.viralsim.stats.PairedDifference;

/** A few plain sentences on how two scenarios differ, for the end of {@code viralsim compare}. */
public final class ComparisonNarrative {
  /** Effects on the campaign's indicators named one by one. */
  static final int SHOWN = 6;
  /** The campaign's indicators in the order a strategist asks about them: outcomes, then reach, then means. */
  static final List<String> ORDER = List.of(RunMetrics.CONVERSIONS, RunMetrics.CHURNED, RunMetrics.ROI,
      RunMetrics.REVENUE, RunMetrics.REACH, RunMetrics.NET_SENTIMENT, RunMetrics.ATTITUDE, RunMetrics.ENGAGEMENT_RATE,
      RunMetrics.COMPLAINTS, RunMetrics.COST, RunMetrics.IMPRESSIONS, RunMetrics.RESHARES, RunMetrics.COMMENTS,
      RunMetrics.SHARE_OF_VOICE, RunMetrics.AWARE, RunMetrics.ANSWERED_COMPLAINTS, RunMetrics.ABANDONED,
      RunMetrics.COST_PER_ENGAGEMENT, RunMetrics.COST_PER_CONVERSION);

  private ComparisonNarrative() {}

  public static String of(Comparison c, List<String> labels) {
    StringBuilder b = new StringBuilder();
    int pairs = c.a().runs().size();
    b.append(String.format(Locale.ROOT, "Compared %s with %s: %d paired replication%s (replication i of both with the"
        + " same seed).%n", labels.get(0), labels.get(1), pairs, pairs == 1 ? "" : "s"));
    List<Comparison.Metric> clear = c.metrics().stream().filter(m -> excludesZero(m.difference()))
        .sorted(Comparator.comparingDouble((Comparison.Metric m) -> -strength(m.difference()))).toList();
    if (clear.isEmpty()) {
      b.append(String.format(Locale.ROOT, "No metric differs beyond chance: every 95%% interval of B - A holds 0.%n"));
    } else {
      List<Comparison.Metric> kpis = clear.stream().filter(m -> ORDER.contains(m.name()))
          .sorted(Comparator.comparingInt(m -> ORDER.indexOf(m.name()))).toList();
      List<Comparison.Metric> shown = (kpis.isEmpty() ? clear : kpis).subList(0, Math.min(SHOWN,
          (kpis.isEmpty() ? clear : kpis).size()));
      b.append(String.format(Locale.ROOT, "%d of %d metrics differ beyond chance (95%% interval of B - A without 0);"
          + " %s:%n", clear.size(), c.metrics().size(), kpis.isEmpty() ? "the clearest" : "among the campaign's indicators"));
      for (Comparison.Metric m : shown) b.append(sentence(m)).append('\n');
      if (clear.size() > shown.size()) {
        b.append(String.format(Locale.ROOT, "The other %d are in comparison.csv.%n", clear.size() - shown.size()));
      }
    }
    if (pairs < RunNarrative.FEW_REPLICATIONS) {
      b.append(String.format(Locale.ROOT, "Only %d pairs: intervals are rough; run %d or more.%n", pairs,
          RunNarrative.FEW_REPLICATIONS));
    }
    return b.toString().stripTrailing();
  }

  private static boolean excludesZero(PairedDifference d) {
    return d.pairs() > 1 && (d.ciLow() > 0 || d.ciHigh() < 0);
  }

  /** How many half-widths of its interval the difference lies from 0. */
  private static double strength(PairedDifference d) {
    double half = (d.ciHigh() - d.ciLow()) / 2;
    return half > 0 ? Math.abs(d.difference()) / half : Double.POSITIVE_INFINITY;
  }

  /** "- Churn, customers lost (users): 198 in B against 296 in A (B - A -97.5, 95% CI -110 to -85.0; p < 0.001)." */
  static String sentence(Comparison.Metric m) {
    PairedDifference d = m.difference();
    return String.format(Locale.ROOT, "- %s: %s in B against %s in A (B - A %s%s, 95%% CI %s to %s; %s).",
        describe(m.name()), Numbers.readable(d.bMean()), Numbers.readable(d.aMean()), d.difference() > 0 ? "+" : "",
        Numbers.readable(d.difference()), Numbers.readable(d.ciLow()), Numbers.readable(d.ciHigh()), p(d.pValue()));
  }

  /** A metric with its unit: "Reach, users reached", "Cost (EUR)". */
  static String describe(String metric) {
    String title = SweepLabels.title(metric);
    String axis = SweepLabels.axis(metric, Double.NaN);
    return axis.toLowerCase(Locale.ROOT).startsWith(title.toLowerCase(Locale.ROOT)) ? title + axis.substring(title.length())
        : title + ", " + axis;
  }

  static String p(double p) { return Numbers.pClause(p); }
}
