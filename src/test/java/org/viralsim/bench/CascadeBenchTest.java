package org.viralsim.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.viralsim.config.NetworkSpec;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import org.viralsim.model.CampaignSim;

@Tag("slow")
class CascadeBenchTest {
  private static final Graph RING = Generators.generate(new NetworkSpec.WattsStrogatz(500, 4, 0, null),
      CampaignSim.streamFor(1));

  @Test
  void certainTransmissionReachesTheWholeConnectedNetwork() {
    CascadeBench.Result r = CascadeBench.bare(RING, 1.0, 3, 5, 0, 7);
    assertThat(r.meanSize()).isEqualTo(500);
    assertThat(CascadeBench.campaign(RING, 0.4, 3, 5, 0, 7).meanSize()).isBetween(3.0, 500.0);
    assertThat(r.wallPerCascade()).isPositive();
  }

  @Test
  void noTransmissionLeavesOnlyTheSeeds() {
    assertThat(CascadeBench.bare(RING, 0, 4, 10, 0, 7).meanSize()).isEqualTo(4);
  }

  @Test
  void timedCascadesDoNotDependOnTheWarmUp() {
    double a = CascadeBench.bare(RING, 0.3, 2, 50, 0, 11).meanSize();
    double b = CascadeBench.bare(RING, 0.3, 2, 50, 25, 11).meanSize();
    assertThat(a).isEqualTo(b);
  }

  @Test
  void durationsReadWell() {
    assertThat(CascadeBench.duration(2.5)).isEqualTo("2.50 s");
    assertThat(CascadeBench.duration(0.0123)).isEqualTo("12.30 ms");
    assertThat(CascadeBench.duration(1.5e-5)).isEqualTo("15.0 us");
  }
}
