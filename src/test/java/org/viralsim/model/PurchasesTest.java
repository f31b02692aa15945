package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.viralsim.model.Markets.QUIET;
import static org.viralsim.model.Markets.campaign;
import static org.viralsim.model.Markets.readers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.viralsim.config.Consumers;
import org.viralsim.config.Scenario;
import org.viralsim.config.Sentiment;
import org.viralsim.graph.Graph;
import org.viralsim.graph.GraphBuilder;
import org.viralsim.observe.RunMetrics;
import org.viralsim.testing.Copies;
import org.viralsim.testing.Moments;
import org.viralsim.testing.TestGraphs;

/** Who buys, when, after reading what, and what reviews do to would-be buyers. */
class PurchasesTest {
  private static final int REPS = 1500;

  /**
   * Every leaf of a directed star reads the hub's campaign at tick 1 (activity 1), which sets its
   * attitude to a = clamp(initial +- the item's step). From then on it buys with chance
   * p = rate x max(0, 1 + effect x a) per tick until it does, so by tick t (>= 1) the leaves who
   * bought are Binomial(n, 1 - (1 - p)^t). The hub, who posted and never read it, is not aware.
   */
  @ParameterizedTest(name = "initial {0}, {1}, impact {2}, effect {3}, rate {4}")
  @CsvSource({"0, POSITIVE, 0.2, 1, 0.05", "0.5, NEGATIVE, 0.1, 2, 0.1", "-0.3, NEGATIVE, 0.2, 2, 0.3",
      "0.9, POSITIVE, 0.5, 1, 0.1", "0, NEUTRAL, 0.5, 3, 0.02", "-0.5, NEGATIVE, 0.3, 3, 0.2"})
  void awareUsersBuyAtTheirAttitudesRate(double initial, Sentiment sentiment, double impact, double effect, double rate) {
    int leaves = 50;
    int steps = 8;
    Consumers consumers = Copies.with(QUIET, "initialAttitude", initial, "impact", impact, "negativity", 1.0,
        "purchaseRate", rate, "attitudeEffect", effect);
    Scenario s = Markets.scenario(steps, readers(1), List.of(campaign("c", "acme", sentiment, 0, "0")),
        List.of(Markets.brand("acme", 0)), consumers);
    double a = Math.max(-1, Math.min(1, initial + sentiment.sign() * impact));
    double p = rate * Math.max(0, 1 + effect * a);
    Graph star = TestGraphs.directedStar(leaves);
    double[] byTick3 = new double[REPS];
    double[] byEnd = new double[REPS];
    for (int i = 0; i < REPS; i++) {
      Markets.Run run = Markets.run(s, star, i);
      double[] purchases = run.result().series().column("acme.purchases");
      assertThat(purchases[0]).as("nobody is aware before tick 1").isZero();
      byTick3[i] = purchases[3];
      byEnd[i] = purchases[steps - 1];
      assertThat(run.market().owns(0, 0)).isFalse();
      assertThat(run.market().ledger(0).conversions()).isEqualTo((long) byEnd[i]);
      assertThat(run.market().conversions(0)).as("every buyer read the campaign").isEqualTo((long) byEnd[i]);
      assertThat(run.market().ledger(0).customers()).isEqualTo((long) byEnd[i]);
    }
    double[] b3 = Moments.binomial(leaves, 1 - Math.pow(1 - p, 3));
    Moments.assertMean("buyers by tick 3", byTick3, b3[0], Math.sqrt(b3[1]));
    Moments.assertVariance("buyers by tick 3", byTick3, b3[1], b3[2]);
    double[] b = Moments.binomial(leaves, 1 - Math.pow(1 - p, steps - 1));
    Moments.assertMean("buyers by the end", byEnd, b[0], Math.sqrt(b[1]));
  }

  /**
   * Two hubs post campaigns about acme, hub 1 a third about zeta; leaves follow hub 0, hub 1 or
   * both and read with chance 0.7 at tick 1, before anyone can buy. A conversion counts for a
   * campaign exactly when the buyer read its item: conversions(c) = |owners of its brand who read it|.
   */
  @Test
  void conversionsCountForTheCampaignsTheBuyerRead() {
    GraphBuilder b = new GraphBuilder(true, 400);
    int n = 302;
    for (int v = 2; v < n; v++) {
      if (v % 3 != 2) b.add(0, v);
      if (v % 3 != 0) b.add(1, v);
    }
    Graph g = b.build(n, null);
    Consumers consumers = Copies.with(QUIET, "purchaseRate", 0.1, "impact", 0.3);
    Scenario s = Markets.scenario(10, readers(0.7),
        List.of(campaign("a", "acme", Sentiment.POSITIVE, 0, "0"), campaign("b", "acme", Sentiment.NEUTRAL, 0, "1"),
            campaign("z", "zeta", Sentiment.POSITIVE, 0, "1")),
        List.of(Markets.brand("acme", 0), Markets.brand("zeta", 0)), consumers);
    long credited = 0;
    for (int rep = 0; rep < 20; rep++) {
      Markets.Run run = Markets.run(s, g, rep);
      Market m = run.market();
      long[] expected = new long[3];
      long[] owners = new long[2];
      for (int u = 0; u < n; u++) {
        for (int c = 0; c < 3; c++) {
          int brand = c < 2 ? 0 : 1;
          if (m.owns(brand, u) && run.sim().campaignItem(c).readBy(u)) expected[c]++;
        }
        for (int brand = 0; brand < 2; brand++) if (m.owns(brand, u)) owners[brand]++;
      }
      for (int c = 0; c < 3; c++) assertThat(m.conversions(c)).as("campaign %d", c).isEqualTo(expected[c]);
      assertThat(m.ledger(0).conversions()).isEqualTo(owners[0]);
      assertThat(m.ledger(1).conversions()).isEqualTo(owners[1]);
      assertThat(run.result().metrics().get("b." + RunMetrics.CONVERSIONS)).isEqualTo((double) expected[1]);
      credited += expected[0] + expected[1] + expected[2];
      assertThat(expected[0] + expected[1]).as("some acme buyers read both").isGreaterThan(owners[0]);
    }
    assertThat(credited).isPositive();
  }

  /**
   * Every buyer is unsatisfied and reviews (negatively); every would-be buyer reads the latest
   * reviews first. One negative review takes an attitude of 0.5 to -1, where the chance to buy is
   * 0, so after the first buyer every would-be buyer abandons: at most one purchase per run, and
   * the abandoners are exactly the aware non-owners at attitude -1.
   */
  @Test
  void negativeReviewsTalkWouldBeBuyersOutOfIt() {
    int leaves = 100;
    Consumers reading = Copies.with(QUIET, "impact", 0.5, "negativity", 4.0, "purchaseRate", 0.3, "consult", 1.0,
        "consultAlways", 0.4, "reviewPost", 1.0);
    Consumers notReading = Copies.with(reading, "consult", 0.0, "consultAlways", 0.0);
    long abandoned = 0;
    double[] withReviews = new double[200];
    double[] without = new double[200];
    for (int rep = 0; rep < 200; rep++) {
      Markets.Run run = Markets.run(scenario(reading), TestGraphs.directedStar(leaves), rep);
      Market m = run.market();
      withReviews[rep] = m.ledger(0).conversions();
      assertThat(m.ledger(0).conversions()).isLessThanOrEqualTo(1);
      int atBottom = 0;
      for (int u = 1; u <= leaves; u++) if (!m.owns(0, u) && m.attitude(0, u) == -1) atBottom++;
      assertThat(m.ledger(0).abandoned()).isEqualTo(atBottom);
      assertThat(run.result().metrics().get(RunMetrics.ABANDONED)).isEqualTo((double) atBottom);
      assertThat(run.items(ItemKind.REVIEW)).hasSize((int) m.ledger(0).conversions()).allMatch(i -> i.sentiment() < 0);
      abandoned += m.ledger(0).abandoned();

      Markets.Run plain = Markets.run(scenario(notReading), TestGraphs.directedStar(leaves), rep);
      without[rep] = plain.market().ledger(0).conversions();
      assertThat(plain.market().ledger(0).abandoned()).as("nobody reads reviews, nobody abandons").isZero();
    }
    assertThat(abandoned).isPositive();
    assertThat(Moments.mean(without)).isGreaterThan(Moments.mean(withReviews) + 10);
  }

  private static Scenario scenario(Consumers consumers) {
    return Markets.scenario(6, readers(1), List.of(campaign("c", "acme", Sentiment.POSITIVE, 0, "0")),
        List.of(Markets.brand("acme", 50, 0, 0, Markets.ignore())), consumers);
  }
}
