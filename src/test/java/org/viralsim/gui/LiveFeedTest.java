package org.viralsim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.config.Scenario;
import org.viralsim.graph.Graph;
import org.viralsim.gui.live.LaneData;
import org.viralsim.gui.view.Layout;
import org.viralsim.job.Networks;

/** Two runs on one large network share a sampled picture that shows both runs' seeds; the charts come at most ten times a second. */
class LiveFeedTest {
  static Scenario large(long seed, String strategy) {
    return TestRuns.scenario(seed, "network={type: barabasi_albert, nodes: 12000, mean_degree: 4, seed: 9}",
        "campaign.seeding.strategy=" + strategy);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3})
  void runsOnOneNetworkShareALayoutThatShowsEverySeed(long seed) {
    Scenario left = large(seed, "top_degree");
    Scenario right = large(seed, "random");
    Graph network = Networks.shared(left); // one network for both, as the window keeps one per network spec
    Lane a = new Lane("a", left, left, network);
    Lane b = new Lane("b", right, left, network);
    Map<LiveFeed.LayoutKey, Layout> cache = new HashMap<>();
    LiveFeed feed = new LiveFeed(List.of(a, b), cache);
    Layout layout = feed.pictures().get(0).layout();
    assertThat(layout.isSample()).isTrue();
    assertThat(feed.pictures().get(1).layout()).isSameAs(layout);
    for (Lane lane : List.of(a, b)) {
      for (int u : lane.sim.campaignSeeds()) assertThat(Arrays.binarySearch(layout.users(), u)).as("seed %d", u).isNotNegative();
    }
    assertThat(cache).hasSize(1);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2})
  void chartsAreDueAtMostTenTimesASecondAndOnceMoreAtTheEnd(long seed) {
    Scenario s = TestRuns.scenario(seed, "steps=5");
    Lane lane = new Lane("a", s, s, Networks.shared(s));
    LiveFeed feed = new LiveFeed(List.of(lane), new HashMap<>());
    long t = 1_000_000_000L;
    assertThat(feed.afterTick(t)).isNotNull();
    lane.step();
    assertThat(feed.afterTick(t + LiveFeed.CHART_INTERVAL_NANOS / 2)).as("too soon").isNull();
    lane.step();
    assertThat(feed.afterTick(t + LiveFeed.CHART_INTERVAL_NANOS)).isNotNull();
    while (lane.step()) { }
    List<LaneData> end = feed.afterTick(t + LiveFeed.CHART_INTERVAL_NANOS + 1);
    assertThat(end).as("the end is charted however soon").isNotNull();
    assertThat(end.get(0).over()).isTrue();
    assertThat(end.get(0).ticks()).isEqualTo(5);
    assertThat(feed.afterTick(t + LiveFeed.CHART_INTERVAL_NANOS + 2)).isNull();
    assertThat(feed.caption(0)[0]).contains("hour 4 of 0-4");
  }
}
