package org.viralsim.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.Campaign;
import org.viralsim.testing.TestGraphs;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.model.CampaignSim;
import org.viralsim.observe.RunResult;
import org.viralsim.testing.RandomScenarios.Case;
import org.viralsim.testing.RandomScenarios;
import org.viralsim.testing.Results;

class RunEngineTest {

  static List<Case> cases() {
    return RandomScenarios.seeds(99_001L, 12).stream().map(seed -> RandomScenarios.of(seed, 7)).toList();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void theNumberOfThreadsDoesNotChangeTheResults(Case c) {
    Replications one = RunEngine.replications(c.scenario(), c.graph(), 1, done -> { });
    Replications three = RunEngine.replications(c.scenario(), c.graph(), 3, done -> { });
    assertThat(one.runs()).hasSize(7);
    Results.assertSame(three.runs(), one.runs());
    for (int i = 0; i < one.runs().size(); i++) {
      RunResult r = one.runs().get(i);
      assertThat(r.replication()).isEqualTo(i);
      assertThat(r.seed()).isEqualTo(Seeds.replication(c.scenario().seed(), i));
      Results.assertSame(RunEngine.runOne(c.scenario(), c.graph(), i), r);
    }
    assertThat(one.threads()).isEqualTo(1);
    assertThat(three.threads()).isEqualTo(3);
  }

  @Test
  void replicationsDiffer() {
    // Distinct seeds give distinct runs: with reads counted over 200 users, identical series would be a coincidence.
    Case c = cases().get(0);
    Scenario s = c.scenario();
    Replications e = RunEngine.replications(s, c.graph(), 2, done -> { });
    List<List<Object>> fingerprints = new ArrayList<>();
    for (RunResult r : e.runs()) {
      fingerprints.add(List.of(r.items(), List.copyOf(r.metrics().values()), r.ticksRun()));
    }
    assertThat(fingerprints.stream().distinct().count()).isGreaterThan(1);
  }

  @Test
  void progressCountsEveryReplicationOnce() {
    Case c = cases().get(1);
    List<Integer> seen = new CopyOnWriteArrayList<>();
    RunEngine.replications(c.scenario(), c.graph(), 3, seen::add);
    assertThat(seen).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void moreThreadsThanReplicationsUsesOnePerReplication() {
    Case c = cases().get(2);
    Scenario two = c.scenario().withReplications(2);
    Replications e = RunEngine.replications(two, c.graph(), 8, done -> { });
    assertThat(e.threads()).isEqualTo(2);
    Results.assertSame(e.runs(), RunEngine.replications(two, c.graph(), 1, done -> { }).runs());
  }

  @Test
  void aNetworkSeedFixesOneNetworkForAllReplications() {
    NetworkSpec spec = new NetworkSpec.ErdosRenyi(80, 3, 77L);
    Scenario s = withNetwork(cases().get(3).scenario(), spec);
    Graph shared = RunEngine.sharedNetwork(s, null);
    Graph again = Generators.generate(spec, CampaignSim.streamFor(77L));
    assertThat(shared.offsets()).containsExactly(again.offsets());
    assertThat(TestGraphs.arcs(shared)).containsExactly(TestGraphs.arcs(again));
    // Running with the network seed is running every replication on that graph.
    Results.assertSame(RunEngine.replications(s, null, 2, done -> { }).runs(), RunEngine.replications(s, again, 1, done -> { }).runs());
    assertThat(RunEngine.sharedNetwork(withNetwork(s, new NetworkSpec.ErdosRenyi(80, 3, null)), null)).isNull();
    assertThat(RunEngine.sharedNetwork(s, again)).isSameAs(again);
  }

  private static Scenario withNetwork(Scenario s, NetworkSpec network) {
    return new Scenario(s.name(), s.seed(), s.steps(), s.replications(), s.viralThreshold(), network, s.population(),
        s.campaign().seeding().strategy() == SeedingStrategy.USERS // ids may be beyond the new network
            ? new Campaign(s.campaign().appeal(), s.campaign().start(), new Seeding(SeedingStrategy.RANDOM, 1, List.of()))
            : s.campaign(),
        s.diffusion());
  }
}
