package org.viralsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.viralsim.config.Brand;
import org.viralsim.config.Campaign;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.Response;
import org.viralsim.config.ResponsePolicy;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.Summary;
import org.viralsim.model.RoleAssigner;
import org.viralsim.observe.RunMetrics;
import org.viralsim.stats.Estimate;
import org.viralsim.stats.Numbers;

/** A few plain sentences on what a run found, for the end of {@code viralsim run}. */
public final class RunNarrative {
  private RunNarrative() {}

  /** Replications below which the printed intervals are called rough. */
  static final int FEW_REPLICATIONS = 10;

  /** @param users the number of users of the network */
  public static String of(Scenario sc, int users, Summary s) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "Scenario %s: %d replication%s on %,d users (%s network, %s model), main campaign posted by %d seed%s (%s) at tick %d with appeal %s.%n",
        sc.name(), s.replications(), s.replications() == 1 ? "" : "s", users, sc.network().type(),
        model(sc.diffusion().model()), sc.campaign().seeding().count(), sc.campaign().seeding().count() == 1 ? "" : "s",
        sc.campaign().seeding().strategy().name().toLowerCase(Locale.ROOT), sc.campaign().start(),
        num(sc.campaign().appeal())));
    Estimate reach = s.metrics().get(RunMetrics.REACH_FRACTION);
    b.append(String.format(Locale.ROOT, "The campaign reached %s of users on average (95%% CI %s to %s; %s users), with %s, %s and %s.%n",
        pct(reach.mean()), pct(reach.ciLow()), pct(reach.ciHigh()), num(mean(s, RunMetrics.REACH)),
        count(mean(s, RunMetrics.IMPRESSIONS), "impression"), count(mean(s, RunMetrics.RESHARES), "reshare"),
        count(mean(s, RunMetrics.COMMENTS), "comment")));
    if (s.replications() == 1) {
      b.append(String.format(Locale.ROOT, "Only 1 replication: each interval is just the one value; run %d or more for intervals.%n",
          FEW_REPLICATIONS));
    } else if (s.replications() < FEW_REPLICATIONS) {
      b.append(String.format(Locale.ROOT, "Only %d replications: intervals are rough.%n", s.replications()));
    }
    int viral = (int) Math.round(s.viralFraction().mean() * s.replications());
    double depth = mean(s, RunMetrics.CASCADE_DEPTH);
    b.append(String.format(Locale.ROOT, "It went viral (reach above %s) in %d of %d runs; its cascade had %s sharers on average, %s generation%s deep.%n",
        pct(sc.viralThreshold()), viral, s.replications(), num(mean(s, RunMetrics.CASCADE_SIZE)), num(depth),
        depth == 1 ? "" : "s"));
    b.append("Participation: ");
    String[] names = sc.population().roleNames();
    Role[] roles = sc.population().roleArray();
    double[] shares = new double[roles.length];
    for (int r = 0; r < roles.length; r++) shares[r] = roles[r].share();
    int[] counts = RoleAssigner.counts(shares, users); // whole users: on small networks not the nominal share
    for (int r = 0; names.length > 1 && r < names.length; r++) { // one role takes all actions: nothing to say
      if (r > 0) b.append(r == names.length - 1 ? " and " : ", ");
      b.append(String.format(Locale.ROOT, "%s (%s of users) took %s of all actions", names[r],
          pct(counts[r] / (double) users), pct(mean(s, RunMetrics.SHARE_OF_ACTIONS + names[r]))));
    }
    b.append(String.format(Locale.ROOT, names.length > 1 ? "; Gini of contributions %.2f." : "Gini of contributions %.2f.",
        mean(s, RunMetrics.GINI)));
    for (Campaign c : sc.campaigns()) b.append(System.lineSeparator()).append(indicators(c, sc, s));
    for (Brand brand : sc.brands()) {
      String line = brandLine(brand, sc, s);
      if (line != null) b.append(System.lineSeparator()).append(line);
    }
    return b.toString();
  }

  private static String model(DiffusionModel m) {
    return switch (m) {
      case INDEPENDENT_CASCADE -> "independent cascade";
      case FEED -> "feed";
      case THRESHOLD -> "threshold";
    };
  }

  /** The prefix of a campaign's metrics in the summary. */
  private static String prefix(Campaign c, Scenario sc) {
    return sc.campaigns().size() == 1 ? "" : c.name() + ".";
  }

  /**
   * One campaign's indicators: reach and engagement, then only what the scenario can produce:
   * conversions when users buy, revenue when a sale is worth something, cost when the campaign
   * pays for seeds, ads or replies, and ROI when there are both.
   */
  private static String indicators(Campaign c, Scenario sc, Summary s) {
    String p = prefix(c, sc);
    Brand brand = sc.brands().get(sc.brandIndex(c.brand()));
    boolean buying = sc.consumers().purchaseRate() > 0;
    boolean revenue = buying && brand.value() > 0;
    boolean firstOfBrand = sc.campaigns().stream().filter(k -> k.brand().equals(c.brand())).findFirst().orElseThrow() == c;
    boolean cost = c.seeding().count() * c.seeding().costPerSeed() > 0 || c.paid().budget() > 0
        || (firstOfBrand && brand.response().policy() == ResponsePolicy.RESPOND && brand.response().costPerReply() > 0);
    // A lone campaign's reach was told above.
    String reach = sc.campaigns().size() == 1 ? "" : "reach " + num(mean(s, p + RunMetrics.REACH)) + ", ";
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "Campaign \"%s\" (brand \"%s\"): %sengagement rate %s",
        c.name(), c.brand(), reach, pct(mean(s, p + RunMetrics.ENGAGEMENT_RATE))));
    List<String> money = new ArrayList<>();
    if (buying) money.add(count(mean(s, p + RunMetrics.CONVERSIONS), "conversion"));
    if (revenue && cost) {
      Estimate roi = s.metrics().get(p + RunMetrics.ROI);
      money.add(String.format(Locale.ROOT, "revenue %s EUR for a cost of %s EUR, ROI %s (95%% CI %s to %s)",
          num(mean(s, p + RunMetrics.REVENUE)), num(mean(s, p + RunMetrics.COST)), num(roi.mean()), num(roi.ciLow()),
          num(roi.ciHigh())));
    } else if (revenue) {
      money.add("revenue " + num(mean(s, p + RunMetrics.REVENUE)) + " EUR at no cost");
    } else if (cost) {
      money.add("cost " + num(mean(s, p + RunMetrics.COST)) + " EUR");
    }
    if (!money.isEmpty()) b.append("; ").append(String.join(", ", money));
    return b.append('.').toString();
  }

  /**
   * A brand's reply policy with what came of it, measured on the first campaign about it: net
   * sentiment when users mentioned it, complaints when there were any or could be (an incident, a
   * policy of replying), customers lost when some were or it had customers or incidents. Null when the brand has no
   * campaign or none of these applies.
   */
  private static String brandLine(Brand brand, Scenario sc, Summary s) {
    Campaign first = sc.campaigns().stream().filter(c -> c.brand().equals(brand.name())).findFirst().orElse(null);
    if (first == null) return null;
    String p = prefix(first, sc);
    Response r = brand.response();
    boolean responds = r.policy() == ResponsePolicy.RESPOND;
    List<String> parts = new ArrayList<>();
    double sentiment = mean(s, p + RunMetrics.NET_SENTIMENT);
    if (!Double.isNaN(sentiment)) parts.add("net sentiment " + num(sentiment));
    double complaints = mean(s, p + RunMetrics.COMPLAINTS);
    if (complaints > 0 || responds || !brand.incidents().isEmpty()) {
      parts.add(count(complaints, "complaint")
          + (responds ? " (" + num(mean(s, p + RunMetrics.ANSWERED_COMPLAINTS)) + " answered)" : ""));
    }
    double churned = mean(s, p + RunMetrics.CHURNED);
    if (churned > 0 || brand.customers() > 0 || !brand.incidents().isEmpty()) parts.add(count(churned, "customer") + " lost");
    if (parts.isEmpty()) return null;
    String policy = !responds ? "ignores complaints" : String.format(Locale.ROOT, "replies to %s of complaints %s",
        pct(r.coverage()), r.delay() == 0 ? "in the same tick" : "within " + r.delay() + " tick" + (r.delay() == 1 ? "" : "s"));
    return String.format(Locale.ROOT, "Brand \"%s\" %s: %s.", brand.name(), policy, String.join(", ", parts));
  }

  private static double mean(Summary s, String metric) { return s.metrics().get(metric).mean(); }

  /** A mean count with its noun, singular only for exactly 1. */
  private static String count(double v, String noun) {
    return num(v) + " " + noun + (v == 1 ? "" : "s");
  }

  static String pct(double fraction) {
    if (Double.isNaN(fraction)) return "n/a";
    double p = fraction * 100;
    // two decimals only below what one decimal shows as 1.0%
    return String.format(Locale.ROOT, p != 0 && Math.abs(p) < 0.95 ? "%.2f%%" : "%.1f%%", p);
  }

  static String num(double v) { return Numbers.readable(v); }
}
