package org.viralsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.viralsim.chart.NamedChart;
import org.viralsim.config.Campaign;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.Seeds;
import org.viralsim.experiment.Summary;
import org.viralsim.observe.RunMetrics;
import org.viralsim.stats.Estimate;

/** The report of a run: what it found in words, the key numbers, the charts, the method and its limits. */
public final class RunReport {
  /** The indicators of the key-numbers table, in order; those undefined in every run are left out. */
  static final List<String> KEY = List.of(RunMetrics.REACH, RunMetrics.REACH_FRACTION, RunMetrics.CASCADE_SIZE,
      RunMetrics.CASCADE_DEPTH, RunMetrics.STRUCTURAL_VIRALITY, RunMetrics.ENGAGEMENT_RATE, RunMetrics.NET_SENTIMENT,
      RunMetrics.CONVERSIONS, RunMetrics.CHURNED, RunMetrics.REVENUE, RunMetrics.COST, RunMetrics.ROI, RunMetrics.GINI);
  /** What each chart shows, by file name; other charts are captioned by their name. */
  static final Map<String, String> CAPTIONS = Map.ofEntries(
      Map.entry("reach_over_time", "Users who read the main campaign so far, tick by tick: mean over runs, 95% CI of"
          + " the mean, and the band of the middle 95% of runs (what one campaign may do)."),
      Map.entry("reshares_by_role", "Reshares per tick by role, all items: who carries the cascades."),
      Map.entry("lorenz_contributions", "Who contributes: the share of all posts, reshares and comments made by the"
          + " least active users; the further below the diagonal, the more unequal."),
      Map.entry("cascade_sizes_ccdf", "Share of items whose cascade reached at least a given size: most items never"
          + " leave their first circle."),
      Map.entry("kpi_map", "Every indicator of every campaign side by side, mean and 95% CI: indicators need not"
          + " agree."),
      Map.entry("attitude_over_time", "Mean attitude of all users towards each brand, per tick."),
      Map.entry("net_sentiment_over_time", "Net sentiment of users' posts and comments about each brand so far."),
      Map.entry("purchases_and_churn_over_time", "Purchases and customers lost so far, per brand."),
      Map.entry("cost_and_revenue_over_time", "Cost and revenue of each campaign so far."),
      Map.entry("share_of_voice_over_time", "Each campaign's share of all campaign reads so far."));

  private RunReport() {}

  /** @param users the number of users of the network */
  public static Report of(Scenario sc, int users, Summary s, List<NamedChart> charts, Provenance p) {
    List<Report.Section> sections = new ArrayList<>();
    List<List<String>> key = new ArrayList<>();
    for (String m : KEY) {
      Estimate e = s.metrics().get(m);
      if (e != null && e.n() > 0) key.add(estimateRow(m, e));
    }
    key.add(estimateRow(RunMetrics.VIRAL + "_fraction", s.viralFraction()));
    sections.add(new Report.Section("Key numbers", List.of(
        new Report.Paragraph("Means over " + s.replications() + " replications, with the 95% confidence interval of"
            + " the mean (it always lies within the values the indicator can take)."),
        new Report.Table(List.of("indicator", "mean", "95% CI", "runs with a value"), key))));
    sections.add(new Report.Section("Charts", figures(charts)));
    List<List<String>> all = new ArrayList<>();
    s.metrics().forEach((m, e) -> all.add(List.of(m, num(e.mean()), num(e.sd()), ci(e), Integer.toString(e.n()))));
    sections.add(new Report.Section("All metrics", List.of(
        new Report.Table(List.of("metric", "mean", "sd", "95% CI", "n"), all),
        new Report.Paragraph("The same numbers are in summary.json; every run's values in runs.csv."))));
    sections.add(new Report.Section("Method", method(sc, users, s.replications(), p)));
    sections.add(new Report.Section("Limitations", List.of(new Report.Bullets(limitations(s.replications())))));
    return new Report("Scenario " + sc.name(), lines(RunNarrative.of(sc, users, s)), sections);
  }

  static List<Report.Block> figures(List<NamedChart> charts) {
    List<Report.Block> out = new ArrayList<>();
    for (NamedChart c : charts) out.add(new Report.Figure(c.name(), CAPTIONS.getOrDefault(c.name(),
        c.name().replace('_', ' '))));
    return out;
  }

  private static List<Report.Block> method(Scenario sc, int users, int replications, Provenance p) {
    List<String> facts = new ArrayList<>();
    facts.add("Scenario " + sc.name() + " from " + p.files().get(0) + "; its every setting is in scenario.yaml.");
    facts.add(String.format(Locale.ROOT, "Network: %s, %,d users; diffusion model: %s; %d ticks (hours) per run.",
        sc.network().type(), users, sc.diffusion().model().name().toLowerCase(Locale.ROOT).replace('_', ' '),
        sc.steps()));
    for (Campaign c : sc.campaigns()) {
      facts.add(String.format(Locale.ROOT, "Campaign %s of brand %s: appeal %s, posted at tick %d by %d seeds (%s).",
          c.name(), c.brand(), num(c.appeal()), c.start(), c.seeding().count(),
          c.seeding().strategy().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
    }
    facts.add(seeds(p.baseSeed(), replications));
    facts.add("Intervals: Student's t interval of the mean, kept within the values an indicator can take; for the"
        + " share of viral runs, the Wilson score interval.");
    facts.add("Produced by " + p.program() + "; the model and the sources of its assumptions: docs/model.md.");
    List<List<String>> roles = new ArrayList<>();
    sc.population().roles().forEach((name, role) -> roles.add(role(name, role)));
    return List.of(new Report.Bullets(facts),
        new Report.Paragraph("Roles (participation inequality, 90-9-1 by default after BSI; behaviour rates are"
            + " documented assumptions):"),
        new Report.Table(List.of("role", "share of users", "online per tick", "posts per online tick",
            "reshare per read", "comment per read"), roles));
  }

  static String seeds(long base, int replications) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < Math.min(3, replications); i++) shown.add(Long.toString(Seeds.replication(base, i)));
    return String.format(Locale.ROOT, "%d replications from base seed %d (replication i runs with its own seed: %s%s);"
        + " the same seed gives the same results on any number of threads.", replications, base,
        String.join(", ", shown), replications > 3 ? ", ..." : "");
  }

  static List<String> limitations(int replications) {
    List<String> out = new ArrayList<>();
    if (replications < RunNarrative.FEW_REPLICATIONS) {
      out.add("Only " + replications + " replications: the intervals are rough; run " + RunNarrative.FEW_REPLICATIONS
          + " or more.");
    }
    out.add("A model, not a forecast: users, networks and behaviour rates are stylised; rates not taken from the"
        + " sources are assumptions (docs/model.md lists which).");
    out.add("The intervals measure the luck of the simulation, not whether the model fits a real platform.");
    out.add("Ratios (cost per conversion, ROI, engagement rate) are averaged over runs: one run where little spread"
        + " can move them a lot; read them with runs.csv at hand.");
    return out;
  }

  private static List<String> role(String name, Role r) {
    return List.of(name, RunNarrative.pct(r.share()), num(r.activity()), num(r.postRate()), num(r.reshare()),
        num(r.comment()));
  }

  static List<String> estimateRow(String metric, Estimate e) {
    String what = ComparisonNarrative.describe(metric.equals("viral_fraction") ? RunMetrics.VIRAL : metric);
    return List.of(what, num(e.mean()), ci(e), Integer.toString(e.n()));
  }

  static String ci(Estimate e) {
    return e.n() == 0 ? "n/a" : num(e.ciLow()) + " to " + num(e.ciHigh());
  }

  static String num(double v) { return RunNarrative.num(v); }

  /** The lines of a narrative, each a finding. */
  static List<String> lines(String text) {
    return text.lines().filter(l -> !l.isBlank()).toList();
  }
}
