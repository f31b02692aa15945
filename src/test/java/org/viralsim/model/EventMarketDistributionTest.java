package org.viralsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.viralsim.config.Brand;
import org.viralsim.config.Consumers;
import org.viralsim.config.Incident;
import org.viralsim.testing.Copies;

/**
 * The event-driven market against the per-tick Bernoulli market it replaced ({@link BernoulliMarket}):
 * over many independent runs of a small population fed the same reads, each outcome (purchases,
 * churn, abandoned purchases, posts, one user's first purchase tick and final attitude) must have
 * the same distribution, by a chi-square test of homogeneity.
 */
class EventMarketDistributionTest {
  private static final int USERS = 40;
  private static final int TICKS = 60;
  private static final int RUNS = 2000;
  /** Chance that any of this class's comparisons fails although the markets agree. */
  private static final double FAMILY_ALPHA = 1e-3;
  private static final int COMPARISONS = Case.values().length * Outcome.NAMES.length;
  /** Bonferroni: each comparison's share of the family's false alarms. */
  private static final double ALPHA = FAMILY_ALPHA / COMPARISONS;
  /**
   * Bins are merged until both samples together hold this many runs: at most about ten bins, each
   * expecting 200 runs of either market, so that a smooth shift (a purchase rate a quarter higher)
   * shows in every bin instead of being spread over dozens of near-empty ones.
   */
  private static final int MIN_BIN = 2 * RUNS / 10;

  /** A population with fixed attitudes, and one whose attitudes move in every way the market knows. */
  enum Case {
    FIXED_ATTITUDES(new Consumers(0, 0.1, 1, 0.2, 0.03, 2, 0, 0, 5, 0, -1, 0, 1, 1, 1),
        Markets.brand("b", 50, 0, 1, Markets.ignore()), 0),
    MOVING_ATTITUDES(new Consumers(0, 0.15, 1.5, 0.2, 0.05, 3, 0.6, 0.3, 3, 0.5, -0.3, 0.5, 1, 1, 1),
        Markets.brand("b", 50, 0.2, 0.6, Markets.respond(1, 0.8, 0.5, 0),
            new Incident(15, 0.4, Incident.Among.CUSTOMERS), new Incident(30, 0.2, Incident.Among.USERS)), 0.15);

    final Consumers consumers;
    final Brand brand;
    /** Chance per user and tick of reading an item about the brand (the first tick: everyone). */
    final double readChance;

    Case(Consumers consumers, Brand brand, double readChance) {
      this.consumers = consumers;
      this.brand = brand;
      this.readChance = readChance;
    }

    /** Who reads what at each tick: the same for every run of either market. */
    List<int[]>[] reads() {
      Random script = new Random(ordinal() + 11);
      @SuppressWarnings("unchecked")
      List<int[]>[] reads = new List[TICKS];
      for (int t = 0; t < TICKS; t++) {
        reads[t] = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
          if (t == 0) {
            // Everyone hears of the brand at once, some with a few positive items.
            reads[t].add(new int[] {u, 0});
            for (int k = 0; k < u % 5; k++) reads[t].add(new int[] {u, 1});
          } else if (script.nextDouble() < readChance) {
            double s = script.nextDouble();
            reads[t].add(new int[] {u, s < 0.5 ? 1 : s < 0.8 ? -1 : 0});
          }
        }
      }
      return reads;
    }
  }

  /** What one run ended with. */
  record Outcome(long conversions, long churned, long abandoned, long posts, long firstPurchase, long attitude) {
    static final String[] NAMES = {"conversions", "churned", "abandoned", "posts", "first purchase of user 0",
        "final attitude of user 1 (in 0.05 steps)"};
    static final List<ToLongFunction<Outcome>> MEASURES = List.of(Outcome::conversions, Outcome::churned,
        Outcome::abandoned, Outcome::posts, Outcome::firstPurchase, Outcome::attitude);

    static long steps(double attitude) { return Math.round(attitude * 20); }
  }

  private static final class Posts implements Market.Publisher {
    long count;

    @Override
    public void publish(ItemKind kind, int brand, int sentiment, int author) { count++; }

    @Override
    public boolean readCampaign(int campaign, int user) { return false; }
  }

  private static Outcome eventRun(Case c, List<int[]>[] reads, MersenneTwisterFast random) {
    Posts posts = new Posts();
    Market m = new Market(c.consumers, List.of(c.brand), List.of(), USERS, TICKS - 1, random, posts);
    long first = TICKS;
    for (int t = 0; t < TICKS; t++) {
      for (int[] r : reads[t]) m.read(0, r[0], r[1]);
      m.settle(t);
      if (first == TICKS && m.owns(0, 0)) first = t;
    }
    BrandLedger l = m.ledger(0);
    return new Outcome(l.conversions(), l.churned(), l.abandoned(), posts.count, first,
        Outcome.steps(m.attitude(0, 1)));
  }

  private static Outcome bernoulliRun(Case c, Consumers consumers, List<int[]>[] reads, MersenneTwisterFast random) {
    BernoulliMarket m = new BernoulliMarket(consumers, c.brand, USERS, random);
    long first = TICKS;
    for (int t = 0; t < TICKS; t++) {
      for (int[] r : reads[t]) m.read(r[0], r[1]);
      m.settle(t);
      if (first == TICKS && m.owns(0)) first = t;
    }
    return new Outcome(m.conversions, m.churned, m.abandoned, m.posts, first, Outcome.steps(m.attitude(1)));
  }

  private static List<Outcome> eventRuns(Case c) {
    List<int[]>[] reads = c.reads();
    MersenneTwisterFast random = new MersenneTwisterFast(1000 + c.ordinal());
    List<Outcome> out = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) out.add(eventRun(c, reads, random));
    return out;
  }

  private static List<Outcome> bernoulliRuns(Case c, Consumers consumers) {
    List<int[]>[] reads = c.reads();
    MersenneTwisterFast random = new MersenneTwisterFast(2000 + c.ordinal());
    List<Outcome> out = new ArrayList<>();
    for (int i = 0; i < RUNS; i++) out.add(bernoulliRun(c, consumers, reads, random));
    return out;
  }

  @ParameterizedTest
  @EnumSource(Case.class)
  void everyOutcomeHasTheDistributionOfTheBernoulliMarket(Case c) {
    List<Outcome> events = eventRuns(c);
    List<Outcome> reference = bernoulliRuns(c, c.consumers);
    for (int k = 0; k < Outcome.MEASURES.size(); k++) {
      double p = homogeneity(events, reference, Outcome.MEASURES.get(k));
      assertTrue(p >= ALPHA, c + ", " + Outcome.NAMES[k] + ": p = " + p + " below " + ALPHA);
    }
  }

  /** The comparison has power: a purchase rate 25% higher in the reference is told apart. */
  @Test
  void aPurchaseRateAQuarterHigherIsDetected() {
    Case c = Case.FIXED_ATTITUDES;
    Consumers faster = Copies.with(c.consumers, "purchaseRate", 1.25 * c.consumers.purchaseRate());
    double p = homogeneity(eventRuns(c), bernoulliRuns(c, faster), Outcome::firstPurchase);
    assertTrue(p < ALPHA, "p = " + p);
  }

  @Test
  void binsAreMergedUntilEachHoldsEnoughRuns() {
    List<long[]> bins = bins(Map.of(0L, 200L, 1L, 200L, 2L, 200L), Map.of(2L, 20L, 3L, 200L, 4L, 30L));
    assertEquals("[[400, 0], [200, 250]]", bins.stream().map(java.util.Arrays::toString).toList().toString());
  }

  /** The chi-square test of homogeneity of one measure's values in two samples; 1 when all fall in one bin. */
  private static double homogeneity(List<Outcome> a, List<Outcome> b, ToLongFunction<Outcome> measure) {
    List<long[]> bins = bins(counts(a, measure), counts(b, measure));
    if (bins.size() < 2) return 1;
    long[] x = new long[bins.size()];
    long[] y = new long[bins.size()];
    for (int i = 0; i < bins.size(); i++) {
      x[i] = bins.get(i)[0];
      y[i] = bins.get(i)[1];
    }
    return new ChiSquareTest().chiSquareTestDataSetsComparison(x, y);
  }

  private static Map<Long, Long> counts(List<Outcome> runs, ToLongFunction<Outcome> measure) {
    Map<Long, Long> counts = new TreeMap<>();
    for (Outcome o : runs) counts.merge(measure.applyAsLong(o), 1L, Long::sum);
    return counts;
  }

  /** Adjacent values merged, in order, into bins of at least MIN_BIN runs of both samples (the rest joins the last). */
  static List<long[]> bins(Map<Long, Long> a, Map<Long, Long> b) {
    TreeMap<Long, long[]> both = new TreeMap<>();
    a.forEach((v, n) -> both.computeIfAbsent(v, k -> new long[2])[0] += n);
    b.forEach((v, n) -> both.computeIfAbsent(v, k -> new long[2])[1] += n);
    List<long[]> bins = new ArrayList<>();
    long[] open = new long[2];
    for (long[] n : both.values()) {
      open[0] += n[0];
      open[1] += n[1];
      if (open[0] + open[1] >= MIN_BIN) {
        bins.add(open);
        open = new long[2];
      }
    }
    if (open[0] + open[1] > 0) {
      if (bins.isEmpty()) bins.add(open); else {
        long[] last = bins.get(bins.size() - 1);
        last[0] += open[0];
        last[1] += open[1];
      }
    }
    return bins;
  }
}
