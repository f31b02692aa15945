package org.viralsim.cli;

import java.util.Locale;
import org.viralsim.config.Campaign;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.Replications;
import org.viralsim.experiment.Summary;
import org.viralsim.model.RoleAssigner;
import org.viralsim.observe.RunMetrics;
import org.viralsim.stats.Estimate;

/** A few plain sentences on what a run found, for the end of {@code viralsim run}. */
final class Narrative {
  private Narrative() {}

  static String of(Replications e, Summary s) {
    Scenario sc = e.scenario();
    int users = users(e);
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Scenario %s: %d replication%s on %,d users (%s), main campaign posted by %d seed%s (%s) at tick %d with appeal %s.%n",
        sc.name(), s.replications(), s.replications() == 1 ? "" : "s", users, sc.network().type(),
        sc.campaign().seeding().count(), sc.campaign().seeding().count() == 1 ? "" : "s",
        sc.campaign().seeding().strategy().name().toLowerCase(Locale.ROOT), sc.campaign().start(),
        num(sc.campaign().appeal())));
    Estimate reach = s.metrics().get(RunMetrics.REACH_FRACTION);
    b.append(String.format(Locale.ROOT, "The campaign reached %s of users on average (95%% CI %s to %s; %s users), with %s impressions, %s reshares and %s comments.%n",
        pct(reach.mean()), pct(reach.ciLow()), pct(reach.ciHigh()), num(mean(s, RunMetrics.REACH)),
        num(mean(s, RunMetrics.IMPRESSIONS)), num(mean(s, RunMetrics.RESHARES)), num(mean(s, RunMetrics.COMMENTS))));
    int viral = (int) Math.round(s.viralFraction().mean() * s.replications());
    b.append(String.format(Locale.ROOT, "It went viral (reach above %s) in %d of %d runs; its cascade had %s sharers on average, %s generations deep.%n",
        pct(sc.viralThreshold()), viral, s.replications(), num(mean(s, RunMetrics.CASCADE_SIZE)),
        num(mean(s, RunMetrics.CASCADE_DEPTH))));
    b.append("Participation: ");
    String[] names = sc.population().roleNames();
    Role[] roles = sc.population().roleArray();
    double[] shares = new double[roles.length];
    for (int r = 0; r < roles.length; r++) shares[r] = roles[r].share();
    int[] counts = RoleAssigner.counts(shares, users); // whole users: on small networks not the nominal share
    for (int r = 0; r < names.length; r++) {
      if (r > 0) b.append(r == names.length - 1 ? " and " : ", ");
      b.append(String.format(Locale.ROOT, "%s (%s of users) took %s of all actions", names[r],
          pct(counts[r] / (double) users), pct(mean(s, RunMetrics.SHARE_OF_ACTIONS + names[r]))));
    }
    b.append(String.format(Locale.ROOT, "; Gini of contributions %.2f.", mean(s, RunMetrics.GINI)));
    for (Campaign c : sc.campaigns()) b.append(System.lineSeparator()).append(indicators(c, sc, s));
    return b.toString();
  }

  /** One campaign's business indicators: do reach and return point the same way? */
  private static String indicators(Campaign c, Scenario sc, Summary s) {
    String p = sc.campaigns().size() == 1 ? "" : c.name() + ".";
    Estimate roi = s.metrics().get(p + RunMetrics.ROI);
    return String.format(Locale.ROOT, "Campaign \"%s\" (brand \"%s\"): reach %s, engagement rate %s, %s conversions, revenue %s EUR"
        + " for a cost of %s EUR, ROI %s (95%% CI %s to %s); brand net sentiment %s, %s complaints (%s answered),"
        + " %s customers lost.", c.name(), c.brand(), num(mean(s, p + RunMetrics.REACH)),
        pct(mean(s, p + RunMetrics.ENGAGEMENT_RATE)), num(mean(s, p + RunMetrics.CONVERSIONS)),
        num(mean(s, p + RunMetrics.REVENUE)), num(mean(s, p + RunMetrics.COST)), num(roi.mean()), num(roi.ciLow()),
        num(roi.ciHigh()), num(mean(s, p + RunMetrics.NET_SENTIMENT)), num(mean(s, p + RunMetrics.COMPLAINTS)),
        num(mean(s, p + RunMetrics.ANSWERED_COMPLAINTS)), num(mean(s, p + RunMetrics.CHURNED)));
  }

  private static int users(Replications e) {
    long n = 0;
    for (long c : e.runs().get(0).contributionHistogram()) n += c;
    return (int) n;
  }

  private static double mean(Summary s, String metric) { return s.metrics().get(metric).mean(); }

  static String pct(double fraction) {
    if (Double.isNaN(fraction)) return "n/a";
    double p = fraction * 100;
    return String.format(Locale.ROOT, p != 0 && Math.abs(p) < 1 ? "%.2f%%" : "%.1f%%", p);
  }

  static String num(double v) {
    if (Double.isNaN(v)) return "n/a";
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", (long) v);
    return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : "%.3g", v);
  }
}
