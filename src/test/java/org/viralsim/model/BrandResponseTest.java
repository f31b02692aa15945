package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.viralsim.model.Markets.QUIET;
import static org.viralsim.model.Markets.brand;
import static org.viralsim.model.Markets.campaign;
import static org.viralsim.model.Markets.readers;
import static org.viralsim.model.Markets.respond;

import ec.util.MersenneTwisterFast;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.viralsim.config.Consumers;
import org.viralsim.config.Incident;
import org.viralsim.config.Response;
import org.viralsim.config.Scenario;
import org.viralsim.config.Sentiment;
import org.viralsim.graph.Graph;
import org.viralsim.observe.RunMetrics;
import org.viralsim.testing.Copies;
import org.viralsim.testing.TestGraphs;

/** A brand that responds replies to complaints after its delay, in public; one that ignores them does not. */
class BrandResponseTest {
  private static final int INCIDENT = 2;

  /** Every user owns the product; an incident at tick 2 makes a share of them complain. */
  private static Scenario scenario(int steps, double activity, Response response, double share) {
    return Markets.scenario(steps, readers(activity), List.of(campaign("c", "acme", Sentiment.POSITIVE, 0, "0")),
        List.of(Markets.brand("acme", 50, 1, 1, response, new Incident(INCIDENT, share, Incident.Among.CUSTOMERS))),
        QUIET);
  }

  /**
   * Coverage 1: every complaint gets a reply exactly `delay` ticks later, posted as from the
   * complainer, so the complainer's followers (all online: activity 1) read it and nobody else.
   */
  @ParameterizedTest(name = "delay {0}")
  @CsvSource({"0", "1", "3"})
  void everyComplaintIsAnsweredAfterTheDelay(int delay) {
    Graph g = TestGraphs.randomDirected(80, 240, new MersenneTwisterFast(5));
    Scenario s = scenario(INCIDENT + delay + 3, 1, respond(delay, 1, 0, 2.5), 0.3);
    long total = 0;
    for (int rep = 0; rep < 40; rep++) {
      Markets.Run run = Markets.run(s, g, rep);
      List<Item> complaints = run.items(ItemKind.COMPLAINT);
      List<Item> replies = run.items(ItemKind.REPLY);
      long answered = run.market().ledger(0).answered();
      assertThat(run.market().ledger(0).complaints()).isEqualTo(complaints.size());
      assertThat(answered).isEqualTo(complaints.size());
      assertThat(replies).hasSize(complaints.size());
      assertThat(replies).allMatch(r -> r.createdTick() == INCIDENT + delay, "created " + delay + " ticks after the complaint")
          .allMatch(r -> r.sentiment() > 0 && r.brand() == 0 && r.campaign() == -1);
      Set<Integer> complainers = complaints.stream().map(Markets.Run::author).collect(Collectors.toSet());
      assertThat(replies.stream().map(Markets.Run::author).collect(Collectors.toSet())).isEqualTo(complainers);
      for (Item reply : replies) {
        int author = Markets.Run.author(reply);
        Set<Integer> audience = new HashSet<>();
        for (int v : g.followers(author)) audience.add(v);
        audience.add(author);
        for (int v = 0; v < g.nodeCount(); v++) {
          assertThat(reply.readBy(v)).as("reply to %d read by %d", author, v).isEqualTo(audience.contains(v));
        }
        assertThat(reply.cascadeSize()).as("nobody reshares a reply").isEqualTo(1);
      }
      assertThat(run.result().metrics().get(RunMetrics.ANSWERED_COMPLAINTS)).isEqualTo((double) answered);
      assertThat(run.market().cost(0)).as("replies are paid by the brand's campaign").isCloseTo(2.5 * answered, offset(1e-9));
      total += answered;
    }
    assertThat(total).as("the test saw complaints").isPositive();
  }

  /** Each complaint is answered with chance `coverage`: answered ~ Binomial(complaints, coverage). */
  @ParameterizedTest(name = "coverage {0}")
  @CsvSource({"0.5", "0.2", "0"})
  void coverageIsTheShareOfComplaintsAnswered(double coverage) {
    Scenario s = scenario(6, 0, respond(1, coverage, 0, 0), 0.4);
    Graph star = TestGraphs.directedStar(99);
    long complaints = 0;
    long answered = 0;
    for (int rep = 0; rep < 300; rep++) {
      Markets.Run run = Markets.run(s, star, rep);
      complaints += run.market().ledger(0).complaints();
      answered += run.market().ledger(0).answered();
      assertThat(run.market().ledger(0).answered()).isLessThanOrEqualTo(run.market().ledger(0).complaints());
      assertThat(run.items(ItemKind.REPLY)).hasSize((int) run.market().ledger(0).answered());
    }
    double sd = Math.sqrt(complaints * coverage * (1 - coverage));
    assertThat((double) answered).isCloseTo(complaints * coverage, offset(4 * sd + 1e-9));
  }

  @Test
  void aBrandThatIgnoresComplaintsAnswersNone() {
    Graph g = TestGraphs.randomDirected(80, 240, new MersenneTwisterFast(6));
    Scenario s = scenario(8, 1, new Response(org.viralsim.config.ResponsePolicy.IGNORE, 1, 1, 1, 10), 0.5);
    for (int rep = 0; rep < 20; rep++) {
      Markets.Run run = Markets.run(s, g, rep);
      assertThat(run.market().ledger(0).complaints()).isPositive();
      assertThat(run.market().ledger(0).answered()).isZero();
      assertThat(run.items(ItemKind.REPLY)).isEmpty();
      assertThat(run.market().cost(0)).isZero();
    }
  }

  /**
   * Nobody reads (activity 0): everyone complains at tick 2 and falls to a1 = -impact x negativity;
   * an effective reply at tick 2 + delay turns a negative attitude into its opposite, an ineffective
   * one leaves it.
   */
  @ParameterizedTest(name = "effectiveness {0}, impact {1}, negativity {2}")
  @CsvSource({"1, 0.2, 2", "0, 0.2, 2", "1, 0.1, 0", "1, 0.3, 4", "0.5, 0.25, 2"})
  void anEffectiveReplyTurnsTheComplainerAround(double effectiveness, double impact, double negativity) {
    Consumers consumers = Copies.with(QUIET, "impact", impact, "negativity", negativity);
    Scenario s = Markets.scenario(7, readers(0), List.of(campaign("c", "acme", Sentiment.POSITIVE, 0, "0")),
        List.of(brand("acme", 50, 1, 1, respond(2, 1, effectiveness, 0), new Incident(INCIDENT, 1, Incident.Among.USERS))),
        consumers);
    double fallen = Math.max(-1, -impact * negativity);
    double turned = fallen < 0 ? -fallen : Math.max(fallen, impact);
    int users = 200;
    int turnedAround = 0;
    Markets.Run run = Markets.run(s, TestGraphs.directedStar(users - 1), 0);
    double[] attitude = run.result().series().column("acme.attitude");
    assertThat(attitude[INCIDENT]).isCloseTo(fallen, offset(1e-6));
    for (int u = 0; u < users; u++) {
      double a = run.market().attitude(0, u);
      if (Math.abs(a - turned) < 1e-6 && fallen != turned) turnedAround++;
      else assertThat(a).as("user %d", u).isCloseTo(fallen, offset(1e-6));
    }
    assertThat(run.market().ledger(0).answered()).isEqualTo(users);
    if (effectiveness == 1 || fallen == turned) assertThat(turnedAround).isEqualTo(fallen == turned ? 0 : users);
    if (effectiveness == 0) assertThat(turnedAround).isZero();
    if (effectiveness == 0.5) assertThat((double) turnedAround).isCloseTo(users / 2.0, offset(4 * Math.sqrt(users / 4.0)));
    assertThat(attitude[INCIDENT + 2]).isCloseTo((turnedAround * turned + (users - turnedAround) * fallen) / users, offset(1e-6));
  }
}
