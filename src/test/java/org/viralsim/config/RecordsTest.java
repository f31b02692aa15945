package org.viralsim.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The scenario records reject what cannot run, naming the key and the value. */
class RecordsTest {

  @ParameterizedTest
  @CsvSource({"-0.1, share", "1.1, share", "NaN, share"})
  void roleSharesAreProbabilities(double share, String key) {
    assertThatThrownBy(() -> new Role(share, 0.5, 0, 0.1, 0.1))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).key()).isEqualTo(key))
        .hasMessageContaining("must be in [0, 1]");
  }

  @Test
  void roleRatesAreCheckedOneByOne() {
    assertThat(key(() -> new Role(0.5, 2, 0, 0, 0))).isEqualTo("activity");
    assertThat(key(() -> new Role(0.5, 0.5, -1, 0, 0))).isEqualTo("post_rate");
    assertThat(key(() -> new Role(0.5, 0.5, 0, 1.5, 0))).isEqualTo("reshare");
    assertThat(key(() -> new Role(0.5, 0.5, 0, 0, -0.5))).isEqualTo("comment");
  }

  @Test
  void sharesMustSumToOne() {
    Map<String, Role> roles = new LinkedHashMap<>();
    roles.put("a", new Role(0.5, 0.5, 0, 0, 0));
    roles.put("b", new Role(0.45, 0.5, 0, 0, 0));
    assertThatThrownBy(() -> new Population(roles, Assignment.RANDOM, 0))
        .hasMessage("roles: shares must sum to 1, they sum to 0.95");
    roles.put("b", new Role(0.5, 0.5, 0, 0, 0));
    assertThat(new Population(roles, Assignment.RANDOM, 0).roleNames()).containsExactly("a", "b");
  }

  @Test
  void roleNamesMustBeIdentifiers() {
    assertThat(key(() -> new Population(Map.of("bad name", new Role(1, 0.5, 0, 0, 0)), Assignment.RANDOM, 0)))
        .isEqualTo("roles.bad name");
  }

  @Test
  void seedingByUsersNeedsDistinctIdsAndCountsThem() {
    assertThat(new Seeding(SeedingStrategy.USERS, 0, List.of("a", "b")).count()).isEqualTo(2);
    assertThat(key(() -> new Seeding(SeedingStrategy.USERS, 0, List.of("a", "a")))).isEqualTo("users");
    assertThat(key(() -> new Seeding(SeedingStrategy.USERS, 0, List.of()))).isEqualTo("users");
    assertThat(key(() -> new Seeding(SeedingStrategy.RANDOM, 3, List.of("a")))).isEqualTo("users");
    assertThat(key(() -> new Seeding(SeedingStrategy.RANDOM, 0, List.of()))).isEqualTo("count");
  }

  @Test
  void networksCheckTheirShape() {
    assertThat(key(() -> new NetworkSpec.BarabasiAlbert(100, 5, null))).isEqualTo("mean_degree");
    assertThat(key(() -> new NetworkSpec.WattsStrogatz(10, 10, 0.1, null))).isEqualTo("mean_degree");
    assertThat(key(() -> new NetworkSpec.ErdosRenyi(1, 0.5, null))).isEqualTo("nodes");
    assertThat(key(() -> new NetworkSpec.PowerLaw(100, 2.5, 5, 4, null))).isEqualTo("max_degree");
    assertThat(key(() -> new NetworkSpec.Sbm(List.of(10, 0), 0.1, 0.01, null))).isEqualTo("blocks[1]");
    assertThat(new NetworkSpec.Sbm(List.of(10, 20), 0.1, 0.01, null).nodes()).isEqualTo(30);
    assertThat(new NetworkSpec.BarabasiAlbert(100, 6, null).m()).isEqualTo(3);
  }

  @Test
  void campaignMustStartBeforeTheEnd() {
    Scenario s = Defaults.scenario();
    Campaign late = new Campaign(1, s.steps(), s.campaign().seeding());
    assertThatThrownBy(() -> new Scenario("x", 1, s.steps(), 1, 0.1, s.network(), s.population(), late, s.diffusion()))
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("campaign.start:");
  }

  @Test
  void scenarioNamesAreSafeFolderNames() {
    Scenario s = Defaults.scenario();
    assertThat(key(() -> new Scenario("../up", 1, 10, 1, 0.1, s.network(), s.population(), s.campaign(), s.diffusion())))
        .isEqualTo("name");
    assertThat(s.withReplications(3).replications()).isEqualTo(3);
    assertThat(s.withSeed(99).seed()).isEqualTo(99);
  }

  @Test
  void errorsCanBeReRootedUnderTheirParentKey() {
    InvalidValueException e = new InvalidValueException("share", "must be in [0, 1], was 2");
    assertThat(e.under("population.roles.creator").getMessage())
        .isEqualTo("population.roles.creator.share: must be in [0, 1], was 2");
    assertThat(e.under("").key()).isEqualTo("share");
  }

  @Test
  void defaultsFollowTheParticipationInequalityRule() {
    Population p = Defaults.population();
    assertThat(p.roleNames()).containsExactly("creator", "contributor", "lurker");
    assertThat(p.roles().get("creator").share()).isEqualTo(0.01);
    assertThat(p.roles().get("contributor").share()).isEqualTo(0.09);
    assertThat(p.roles().get("lurker").share()).isEqualTo(0.90);
    assertThat(p.roles().get("lurker").postRate()).isZero();
  }

  private static String key(Runnable r) {
    try {
      r.run();
    } catch (InvalidValueException e) {
      return e.key();
    }
    throw new AssertionError("no InvalidValueException");
  }
}
