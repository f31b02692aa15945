package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.viralsim.model.Markets.QUIET;
import static org.viralsim.model.Markets.brand;
import static org.viralsim.model.Markets.campaign;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.viralsim.config.Brand;
import org.viralsim.config.Consumers;
import org.viralsim.config.Incident;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.Sentiment;
import org.viralsim.testing.Copies;
import org.viralsim.testing.Moments;
import org.viralsim.testing.TestGraphs;

/**
 * Reviews, complaint posts and churn notices spread with their own appeal: on a directed star whose
 * leaves all read what the hub posts, the number of leaves that reshare the hub's post of each kind
 * is Binomial(leaves, min(1, reshare x appeal)).
 */
class MarketPostAppealTest {
  private static final int LEAVES = 300;
  private static final int RUNS = 20;
  private static final double RESHARE = 0.2;

  /**
   * At tick 0 every user complains of an incident (a complaint post, and awareness); then, by kind:
   * everyone buys at once and reviews it, or every customer, below the churn line since the
   * incident, leaves and says so.
   */
  private static Scenario scenario(ItemKind kind, double appeal) {
    Consumers c = Copies.with(QUIET, "complaintAppeal", kind == ItemKind.COMPLAINT ? appeal : 0.0,
        "reviewAppeal", kind == ItemKind.REVIEW ? appeal : 0.0, "churnAppeal", kind == ItemKind.CHURN ? appeal : 0.0);
    if (kind == ItemKind.REVIEW) c = Copies.with(c, "purchaseRate", 1.0, "attitudeEffect", 0.0, "reviewPost", 1.0);
    if (kind == ItemKind.CHURN) c = Copies.with(c, "churnBelow", 0.0, "churnAnnounce", 1.0);
    Brand acme = brand("acme", kind == ItemKind.CHURN ? 1 : 0, new Incident(0, 1, Incident.Among.USERS));
    return Markets.scenario(4, Map.of("user", new Role(1, 1, 0, RESHARE, 0)),
        List.of(campaign("c", "acme", Sentiment.NEUTRAL, 3, "1")), List.of(acme), c);
  }

  @ParameterizedTest(name = "{0}, appeal {1}")
  @CsvSource({"COMPLAINT, 0", "COMPLAINT, 1", "COMPLAINT, 1.34", "COMPLAINT, 10", "REVIEW, 0.1", "REVIEW, 2",
      "CHURN, 1.34", "CHURN, 0.5"})
  void theHubsPostIsResharedWithItsKindsAppeal(ItemKind kind, double appeal) {
    Scenario s = scenario(kind, appeal);
    double[] reshares = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      Markets.Run run = Markets.run(s, TestGraphs.directedStar(LEAVES), i);
      List<Item> posts = run.items(kind).stream().filter(item -> Markets.Run.author(item) == 0).toList();
      assertThat(posts).as("the hub's %s", kind).hasSize(1);
      reshares[i] = posts.get(0).sharersInOrder().length - 1;
    }
    double p = Math.min(1, RESHARE * appeal);
    double[] b = Moments.binomial(LEAVES, p);
    Moments.assertMean(kind + " reshares", reshares, b[0], Math.sqrt(b[1]));
  }
}
