package org.viralsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.config.Assignment;
import org.viralsim.config.Campaign;
import org.viralsim.config.Defaults;
import org.viralsim.config.Diffusion;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.InvalidValueException;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Population;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.graph.Graph;
import org.viralsim.model.RoleAssigner;

class PreflightTest {
  private static final int NODES = 150;

  private static Scenario scenario(NetworkSpec network, Population population, Seeding seeding) {
    return new Scenario("preflight", 1, 10, 2, 0.1, network, population, new Campaign(1, 0, seeding),
        new Diffusion(DiffusionModel.INDEPENDENT_CASCADE));
  }

  private static Scenario scenario(Seeding seeding) {
    return scenario(new NetworkSpec.BarabasiAlbert(NODES, 4, null), Defaults.population(), seeding);
  }

  private static void assertRejected(Scenario s, Graph graph, String key, String... fragments) {
    assertThatThrownBy(() -> Preflight.check(s, graph)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.key()).isEqualTo(key);
      assertThat(e.reason()).contains(fragments);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"RANDOM", "TOP_DEGREE"})
  void countBeyondTheNetworkIsRejected(SeedingStrategy strategy) {
    assertThatCode(() -> Preflight.check(scenario(new Seeding(strategy, NODES, List.of())), null)).doesNotThrowAnyException();
    assertRejected(scenario(new Seeding(strategy, NODES + 1, List.of())), null, "campaign.seeding.count",
        Integer.toString(NODES + 1), Integer.toString(NODES));
  }

  @Test
  void theNetworkSizeComesFromEveryGeneratedType() {
    Seeding tooMany = new Seeding(SeedingStrategy.RANDOM, 31, List.of());
    for (NetworkSpec spec : List.of(new NetworkSpec.ErdosRenyi(30, 2, null), new NetworkSpec.WattsStrogatz(30, 4, 0.1, null),
        new NetworkSpec.BarabasiAlbert(30, 2, null), new NetworkSpec.PowerLaw(30, 2.5, 1, 10, null),
        new NetworkSpec.Sbm(List.of(10, 20), 0.2, 0.01, null))) {
      assertThat(Preflight.nodes(spec)).isEqualTo(30);
      assertRejected(scenario(spec, Defaults.population(), tooMany), null, "campaign.seeding.count", "only 30 users");
    }
  }

  @Test
  void creatorsBeyondTheFirstRoleAreRejected() {
    Map<String, Role> roles = new LinkedHashMap<>();
    roles.put("maker", new Role(0.1, 0.5, 0.1, 0.1, 0.1));
    roles.put("viewer", new Role(0.9, 0.5, 0, 0.1, 0.1));
    Population population = new Population(roles, Assignment.RANDOM, 0);
    int first = RoleAssigner.counts(new double[] {0.1, 0.9}, NODES)[0];
    assertThat(first).isEqualTo(15);
    NetworkSpec network = new NetworkSpec.ErdosRenyi(NODES, 3, null);
    assertThatCode(() -> Preflight.check(scenario(network, population, new Seeding(SeedingStrategy.CREATORS, first, List.of())), null))
        .doesNotThrowAnyException();
    assertRejected(scenario(network, population, new Seeding(SeedingStrategy.CREATORS, first + 1, List.of())), null,
        "campaign.seeding.count", "maker", Integer.toString(first));
  }

  @Test
  void userIdsOfAGeneratedNetworkMustBeItsNumbers() {
    assertThatCode(() -> Preflight.check(scenario(new Seeding(SeedingStrategy.USERS, 0, List.of("0", "149", "75"))), null))
        .doesNotThrowAnyException();
    for (String bad : new String[] {"150", "1000000", "-1", "007", "00", "+3", "alice", "1.0", "99999999999999999999"}) {
      assertRejected(scenario(new Seeding(SeedingStrategy.USERS, 0, List.of("3", bad))), null, "campaign.seeding.users",
          "\"" + bad + "\"", "0 to " + (NODES - 1));
    }
  }

  @Test
  void userIdsOfALoadedNetworkMustBeItsLabels() {
    Graph g = new Graph(new int[] {0, 1, 2, 2}, new int[] {1, 2}, new String[] {"ann", "ben", "42"}, true);
    NetworkSpec network = new NetworkSpec.EdgeList("edges.txt", "/tmp/edges.txt", true);
    assertThatCode(() -> Preflight.check(scenario(network, Defaults.population(),
        new Seeding(SeedingStrategy.USERS, 0, List.of("42", "ann"))), g)).doesNotThrowAnyException();
    assertRejected(scenario(network, Defaults.population(), new Seeding(SeedingStrategy.USERS, 0, List.of("ann", "2"))), g,
        "campaign.seeding.users", "\"2\"");
    assertRejected(scenario(network, Defaults.population(), new Seeding(SeedingStrategy.RANDOM, 4, List.of())), g,
        "campaign.seeding.count", "only 3 users");
  }

  @Test
  void aLoadedGraphDecidesTheSizeOfAnEdgeListNetwork() {
    NetworkSpec network = new NetworkSpec.EdgeList("edges.txt", "/tmp/edges.txt", false);
    assertThatThrownBy(() -> Preflight.nodes(network)).isInstanceOf(IllegalArgumentException.class);
    Graph g = new Graph(new int[] {0, 1, 2}, new int[] {1, 0}, null, false);
    assertThatCode(() -> Preflight.check(scenario(network, Defaults.population(), new Seeding(SeedingStrategy.TOP_DEGREE, 2, List.of())), g))
        .doesNotThrowAnyException();
  }

  /** Every campaign's seeds are checked, each under its own key path. */
  @Test
  void everyCampaignIsChecked() {
    Scenario one = scenario(new Seeding(SeedingStrategy.RANDOM, 5, List.of()));
    Campaign ok = one.campaign();
    for (Seeding bad : List.of(new Seeding(SeedingStrategy.RANDOM, NODES + 1, List.of()),
        new Seeding(SeedingStrategy.USERS, 0, List.of("3", "150")), new Seeding(SeedingStrategy.CREATORS, NODES, List.of()))) {
      Campaign second = new Campaign("second", ok.brand(), ok.sentiment(), 1, 0, bad, ok.paid());
      Campaign third = new Campaign("third", ok.brand(), ok.sentiment(), 1, 0, ok.seeding(), ok.paid());
      Scenario three = new Scenario("preflight", 1, 10, 2, 0.1, one.network(), one.population(), List.of(ok, second, third),
          one.brands(), one.consumers(), one.diffusion());
      String key = "campaigns[1].seeding." + (bad.strategy() == SeedingStrategy.USERS ? "users" : "count");
      String fragment = bad.strategy() == SeedingStrategy.USERS ? "\"150\"" : "asks for " + bad.count() + " seeds";
      assertRejected(three, null, key, fragment);
      Scenario reordered = new Scenario("preflight", 1, 10, 2, 0.1, one.network(), one.population(),
          List.of(ok, third, second), one.brands(), one.consumers(), one.diffusion());
      assertRejected(reordered, null, key.replace("[1]", "[2]"), fragment);
    }
  }
}
