package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.viralsim.model.Markets.QUIET;
import static org.viralsim.model.Markets.campaign;

import ec.util.MersenneTwisterFast;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.viralsim.config.Campaign;
import org.viralsim.config.Paid;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.Sentiment;
import org.viralsim.config.Targeting;
import org.viralsim.graph.Graph;
import org.viralsim.observe.RunMetrics;
import org.viralsim.observe.RunResult;
import org.viralsim.testing.TestGraphs;

/**
 * Paid reach: the budget buys floor(budget / cpm x 1000) impressions, shown in near-equal parts
 * over the duration to the targeted users, and booked at cpm / 1000 each. Nobody is online
 * (activity 0), so every read of the campaign item is a paid impression.
 */
class PaidReachTest {
  private static final Graph GRAPH = TestGraphs.randomDirected(300, 900, new MersenneTwisterFast(3));

  /** Creators, fans and a role nobody has; no one reads, posts, reshares or comments on their own. */
  private static Map<String, Role> roles() {
    Map<String, Role> roles = new LinkedHashMap<>();
    roles.put("creator", new Role(0.1, 0, 0, 0, 0));
    roles.put("fan", new Role(0.3, 0, 0, 0, 0));
    roles.put("other", new Role(0.6, 0, 0, 0, 0));
    roles.put("ghost", new Role(0, 0, 0, 0, 0));
    return roles;
  }

  private static Scenario scenario(int steps, int start, Paid paid, double costPerSeed) {
    Campaign c = Markets.withPaid(campaign("ad", "acme", Sentiment.POSITIVE, start, "7", "8"), paid, costPerSeed);
    return Markets.scenario(steps, roles(), List.of(c), List.of(Markets.brand("acme", 0)), QUIET);
  }

  @ParameterizedTest(name = "budget {0}, cpm {1}, duration {2}, paid start {3}")
  @CsvSource({"100, 8, 24, 0", "10, 3, 7, 2", "0.05, 10, 3, 1", "1, 1000, 5, 0", "7, 7, 1, 4", "0, 8, 5, 0", "2.5, 0.4, 4, 3"})
  void impressionsAreSpreadEvenlyOverTheDurationAndBooked(double budget, double cpm, int duration, int paidStart) {
    int start = Math.min(paidStart, 1);
    Paid paid = new Paid(budget, cpm, Targeting.RANDOM, null, paidStart, duration);
    int steps = paidStart + duration + 2;
    Scenario s = scenario(steps, start, paid, 40);
    long total = (long) Math.floor(budget / cpm * 1000 + 1e-9);
    assertThat(paid.impressions()).isEqualTo(total);
    RunResult r = Markets.run(s, GRAPH, 0).result();
    double[] fresh = r.series().column("ad.impressions_new");
    double[] cost = r.series().column("ad.cost");
    long shown = 0;
    for (int t = 0; t < steps; t++) {
      if (t < paidStart || t >= paidStart + duration) {
        assertThat(fresh[t]).as("tick %d is outside the paid window", t).isZero();
      } else {
        assertThat(fresh[t]).as("tick %d", t).isBetween(Math.floor((double) total / duration), Math.ceil((double) total / duration));
      }
      shown += (long) fresh[t];
      double seeds = t >= start ? 2 * 40 : 0;
      assertThat(cost[t]).as("cost booked by tick %d", t).isCloseTo(seeds + shown * cpm / 1000, offset(1e-9 * (1 + cost[t])));
    }
    assertThat(shown).isEqualTo(total);
    assertThat(r.metrics().get(RunMetrics.IMPRESSIONS)).isEqualTo((double) total);
    assertThat(r.metrics().get(RunMetrics.COST)).isCloseTo(s.campaign().plannedCost(), offset(1e-9 * (1 + s.campaign().plannedCost())));
  }

  /** Each targeting shows the item only to its audience (seeds 7 and 8 have read it as authors). */
  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"ROLE, fan", "ROLE, creator", "CREATOR_FOLLOWERS, ", "RANDOM, ", "ROLE, ghost"})
  void targetingShowsTheItemOnlyToItsAudience(Targeting targeting, String role) {
    Paid paid = new Paid(20, 10, targeting, role, 0, 2);
    Scenario s = scenario(4, 0, paid, 0);
    Markets.Run run = Markets.run(s, GRAPH, 1);
    Set<Integer> audience = CampaignPropertiesTest.audience(run.sim(), paid);
    Item item = run.sim().campaignItem(0);
    int readers = 0;
    for (int v = 0; v < GRAPH.nodeCount(); v++) {
      if (v == 7 || v == 8 || !item.readBy(v)) continue;
      readers++;
      assertThat(audience).as("reader %d", v).contains(v);
    }
    if (role != null && role.equals("ghost")) {
      assertThat(audience).isEmpty();
      assertThat(item.impressions()).as("no audience, nothing shown").isZero();
      assertThat(run.market().cost(0)).as("nor paid for").isZero();
    } else {
      assertThat(audience.size()).as("the audience is not everyone").isLessThanOrEqualTo(GRAPH.nodeCount());
      assertThat(item.impressions()).isEqualTo(2000);
      // 2000 draws over the audience leave hardly anyone out.
      assertThat(readers).isGreaterThan(audience.size() * 9 / 10 - 2);
      assertThat(run.market().cost(0)).isCloseTo(20, offset(1e-9));
    }
    if (targeting == Targeting.ROLE && !role.equals("ghost")) assertThat(audience).hasSizeLessThan(GRAPH.nodeCount() / 2);
    if (targeting == Targeting.CREATOR_FOLLOWERS) assertThat(audience).hasSizeLessThan(GRAPH.nodeCount());
  }

  /**
   * Paid viewers react as to any read: with reshare 1 every one who has not shared it yet reshares
   * it, as a new root of the cascade (nobody is online, so nobody else reads it).
   */
  @ParameterizedTest(name = "seed {0}")
  @CsvSource({"1", "2", "3"})
  void paidViewersReshareAsNewRoots(int replication) {
    Map<String, Role> roles = Map.of("user", new Role(1, 0, 0, 1, 0));
    Paid paid = new Paid(0.05, 10, Targeting.RANDOM, null, 0, 1);
    Campaign c = Markets.withPaid(campaign("ad", "acme", Sentiment.POSITIVE, 0, "7"), paid, 0);
    Scenario s = Markets.scenario(3, roles, List.of(c), List.of(Markets.brand("acme", 0)), QUIET);
    Markets.Run run = Markets.run(s, GRAPH, replication);
    Item item = run.sim().campaignItem(0);
    int[] parents = item.parentIndex();
    int[] sharers = item.sharersInOrder();
    assertThat(item.authors()).isEqualTo(1);
    assertThat(item.reshares()).isEqualTo(sharers.length - 1L).isPositive();
    for (int i = 1; i < sharers.length; i++) assertThat(parents[i]).as("sharer %d", sharers[i]).isEqualTo(-1);
    assertThat(run.result().items().stream().filter(i -> i.item() == 0).findFirst().orElseThrow().authors()).isEqualTo(1);
  }
}
