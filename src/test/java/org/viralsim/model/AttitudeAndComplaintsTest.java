package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.viralsim.model.Markets.QUIET;
import static org.viralsim.model.Markets.brand;
import static org.viralsim.model.Markets.campaign;
import static org.viralsim.model.Markets.readers;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.viralsim.config.Brand;
import org.viralsim.config.Consumers;
import org.viralsim.config.Incident;
import org.viralsim.config.Scenario;
import org.viralsim.config.Sentiment;
import org.viralsim.graph.Graph;
import org.viralsim.observe.RunMetrics;
import org.viralsim.testing.Copies;
import org.viralsim.testing.Moments;
import org.viralsim.testing.TestGraphs;

/** How reads move attitudes, and what incidents and churn do, on graphs small enough to follow by hand. */
class AttitudeAndComplaintsTest {
  private static final float EPS = 1e-6f;

  private static double clamp(double a) { return Math.max(-1, Math.min(1, a)); }

  /**
   * The hub of a directed star posts a positive campaign at tick 0 and a negative one about the
   * same brand at tick 2; each leaf reads each with chance `activity`. A positive read adds impact,
   * a negative one takes impact x negativity, each clamped to [-1, 1] in turn.
   */
  @ParameterizedTest(name = "initial {0}, impact {1}, negativity {2}, activity {3}")
  @CsvSource({"0, 0.1, 2, 0.5", "0.9, 0.3, 2, 0.6", "-0.5, 0.4, 3, 0.7", "0.2, 0, 5, 1", "-1, 1, 0, 0.5"})
  void readsMoveAttitudesByImpactAndNegativity(double initial, double impact, double negativity, double activity) {
    int leaves = 300;
    Graph star = TestGraphs.directedStar(leaves);
    Consumers consumers = Copies.with(QUIET, "initialAttitude", initial, "impact", impact, "negativity", negativity);
    Scenario s = Markets.scenario(6, readers(activity),
        List.of(campaign("praise", "acme", Sentiment.POSITIVE, 0, "0"), campaign("blame", "acme", Sentiment.NEGATIVE, 2, "0"),
            campaign("shrug", "acme", Sentiment.NEUTRAL, 2, "0")),
        List.of(brand("acme", 0)), consumers);
    Markets.Run run = Markets.run(s, star, 0);
    Item praise = run.sim().campaignItem(0);
    Item blame = run.sim().campaignItem(1);
    Item shrug = run.sim().campaignItem(2);
    double sum = initial;
    double afterFirst = initial;
    int aware = 0;
    for (int u = 1; u <= leaves; u++) {
      double a = initial;
      if (praise.readBy(u)) a = clamp(a + impact);
      afterFirst += a;
      if (blame.readBy(u)) a = clamp(a - impact * negativity);
      assertThat(run.market().attitude(0, u)).as("leaf %d", u).isCloseTo(a, offset(1e-6));
      sum += a;
      if (praise.readBy(u) || blame.readBy(u) || shrug.readBy(u)) aware++;
    }
    assertThat(run.market().attitude(0, 0)).as("the hub posts, it does not read").isCloseTo(initial, offset(1e-6));
    assertThat(praise.reach() - 1).as("some leaves read, some did not").isBetween(1, leaves - (activity < 1 ? 1 : 0));
    double[] attitude = run.result().series().column("acme.attitude");
    assertThat(attitude[0]).isCloseTo(initial, offset(1e-6));
    assertThat(attitude[1]).isCloseTo(afterFirst / (leaves + 1), offset(1e-6));
    assertThat(attitude[5]).isCloseTo(sum / (leaves + 1), offset(1e-6));
    assertThat(run.market().ledger(0).aware()).isEqualTo(aware);
    assertThat(run.market().ledger(0).negativeReads()).isEqualTo(blame.reach() - 1);
    assertThat(run.result().metrics().get(RunMetrics.ATTITUDE)).isCloseTo(sum / (leaves + 1), offset(1e-6));
  }

  /**
   * Nobody reads (activity 0), so complaints come from the incident alone: each user of the group
   * complains at its tick with chance `share`, and the complainers' attitudes fall by impact x
   * negativity. All users own the product when customers = 1.
   */
  @ParameterizedTest(name = "customers {0}, share {1}, among {2}")
  @CsvSource({"1, 0.3, CUSTOMERS", "0.4, 0.5, CUSTOMERS", "0, 0.2, USERS", "0.5, 0.1, USERS", "0, 0.9, CUSTOMERS"})
  void anIncidentMakesABinomialNumberOfComplaints(double customers, double share, Incident.Among among) {
    int n = 60;
    int tick = 3;
    int reps = 1500;
    Graph star = TestGraphs.directedStar(n - 1);
    Scenario s = Markets.scenario(6, readers(0), List.of(campaign("c", "acme", Sentiment.POSITIVE, 0, "0")),
        List.of(brand("acme", customers, new Incident(tick, share, among))), QUIET);
    double[] complaints = new double[reps];
    float fallen = (float) clamp(-QUIET.impact() * QUIET.negativity());
    for (int i = 0; i < reps; i++) {
      Markets.Run run = Markets.run(s, star, i);
      double[] column = run.result().series().column("acme.complaints");
      assertThat(column[tick - 1]).isZero();
      complaints[i] = column[tick];
      assertThat(column[5]).as("nothing after the incident").isEqualTo(complaints[i]);
      List<Item> posts = run.items(ItemKind.COMPLAINT);
      assertThat(posts).hasSize((int) complaints[i]).allMatch(p -> p.createdTick() == tick && p.sentiment() < 0);
      Set<Integer> complainers = posts.stream().map(Markets.Run::author).collect(Collectors.toSet());
      assertThat(complainers).hasSize(posts.size());
      for (int u = 0; u < n; u++) {
        boolean complained = complainers.contains(u);
        assertThat((float) run.market().attitude(0, u)).as("user %d", u).isEqualTo(complained ? fallen : 0f);
        if (complained && among == Incident.Among.CUSTOMERS) assertThat(run.market().owns(0, u)).isTrue();
      }
      if (i < 50 && customers < 1 && among == Incident.Among.USERS) {
        assertThat(run.market().ledger(0).aware()).isGreaterThanOrEqualTo(complainers.size());
      }
    }
    double p = (among == Incident.Among.CUSTOMERS ? customers : 1) * share;
    double[] b = Moments.binomial(n, p);
    Moments.assertMean("complaints", complaints, b[0], Math.sqrt(b[1]));
    Moments.assertVariance("complaints", complaints, b[1], b[2]);
  }

  /**
   * All users own the product; the hub of a directed star posts a negative campaign and each leaf
   * reads it with chance 0.6, which takes its attitude from 0 to -impact x negativity = -0.5.
   * Exactly the readers whose attitude is below `churn.below` give the product up (not those at it).
   */
  @ParameterizedTest(name = "churn below {0}")
  @CsvSource({"-0.49, true", "-0.5, false", "-0.6, false", "0.1, true"})
  void exactlyTheCustomersBelowTheLineChurn(double below, boolean readersChurn) {
    int leaves = 200;
    Consumers consumers = Copies.with(QUIET, "impact", 0.25, "negativity", 2.0, "churnBelow", below, "churnAnnounce", 1.0);
    Brand acme = brand("acme", 1);
    Scenario s = Markets.scenario(5, readers(0.6), List.of(campaign("c", "acme", Sentiment.NEGATIVE, 0, "0")),
        List.of(acme), consumers);
    for (int rep = 0; rep < 5; rep++) {
      Markets.Run run = Markets.run(s, TestGraphs.directedStar(leaves), rep);
      Item item = run.sim().campaignItem(0);
      boolean everyoneBelow = below > 0;
      Set<Integer> churners = new HashSet<>();
      for (int u = 0; u <= leaves; u++) {
        boolean below0 = u == 0 ? everyoneBelow : item.readBy(u) ? readersChurn : everyoneBelow;
        assertThat(run.market().owns(0, u)).as("user %d", u).isEqualTo(!below0);
        if (below0) churners.add(u);
      }
      assertThat(run.market().ledger(0).churned()).isEqualTo(churners.size());
      assertThat(run.market().ledger(0).customers()).isEqualTo(leaves + 1 - churners.size());
      // Everyone announces it (announce = 1): a negative post each, counted as a complaint.
      List<Item> notices = run.items(ItemKind.CHURN);
      assertThat(notices.stream().map(Markets.Run::author).collect(Collectors.toSet())).isEqualTo(churners);
      assertThat(notices).allMatch(i -> i.sentiment() < 0);
      assertThat(run.market().ledger(0).complaints()).isEqualTo(churners.size());
      assertThat(run.result().metrics().get(RunMetrics.CHURNED)).isEqualTo((double) churners.size());
      double[] churned = run.result().series().column("acme.churned");
      assertThat(churned[0]).as("those below from the start go at once").isEqualTo(everyoneBelow ? leaves + 1 : 0);
      assertThat(churned[4]).isEqualTo(churners.size());
    }
  }
}
