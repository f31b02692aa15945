package org.viralsim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.viralsim.graph.Graph;
import org.viralsim.gui.live.KpiLine;
import org.viralsim.gui.live.LaneData;
import org.viralsim.gui.view.Layout;
import org.viralsim.gui.view.Layouts;
import org.viralsim.gui.view.NetworkPicture;

/**
 * The runs on screen and what the window shows of them after each tick: each run's picture follows
 * its cascade, each view's key its figures, and the charts get new data at most ten times a second.
 * Runs on the same network share one layout, which shows every run's seeds.
 */
final class LiveFeed {
  static final long CHART_INTERVAL_NANOS = 100_000_000L;

  /** A layout is made for a network and the seeds it must show (a sample of a large network picks them). */
  record LayoutKey(Graph graph, List<Integer> seeds) {}

  private final List<Lane> lanes;
  private final List<NetworkPicture> pictures = new ArrayList<>();
  private long lastCharts;
  private boolean chartedTheEnd;

  /** @param layouts layouts made before, reused when a network and its seeds come again (and kept for later) */
  LiveFeed(List<Lane> lanes, Map<LayoutKey, Layout> layouts) {
    this.lanes = List.copyOf(lanes);
    for (Lane lane : lanes) {
      Graph graph = lane.sim.graph();
      TreeSet<Integer> seeds = new TreeSet<>();
      for (Lane other : lanes) {
        if (other.sim.graph() != graph) continue;
        for (int c = 0; c < other.scenario.campaigns().size(); c++) {
          for (int u : other.sim.campaignSeeds(c)) seeds.add(u);
        }
      }
      LayoutKey key = new LayoutKey(graph, List.copyOf(seeds));
      Layout layout = layouts.computeIfAbsent(key, k -> Layouts.of(graph, lane.scenario.network(),
          lane.scenario.seed(), k.seeds().stream().mapToInt(Integer::intValue).toArray()));
      pictures.add(new NetworkPicture(lane.sim, layout));
    }
  }

  List<Lane> lanes() { return lanes; }

  List<NetworkPicture> pictures() { return pictures; }

  boolean over() { return lanes.stream().allMatch(Lane::finished); }

  /**
   * Takes in the tick just run (on the model's thread, or with the model stopped): the pictures
   * follow it, and when the charts are due (or the runs just ended) their data is copied.
   *
   * @return the charts' data, or null when they are not due
   */
  List<LaneData> afterTick(long nanoTime) {
    for (NetworkPicture p : pictures) p.advance();
    boolean end = over() && !chartedTheEnd;
    if (!end && nanoTime - lastCharts < CHART_INTERVAL_NANOS) return null;
    lastCharts = nanoTime;
    chartedTheEnd |= end;
    List<LaneData> data = new ArrayList<>();
    for (Lane lane : lanes) {
      data.add(LaneData.of(lane.label, lane.scenario, lane.sim.graph().nodeCount(), lane.recorder, lane.finished()));
    }
    return data;
  }

  /** What the i-th view says above its key: the run, the hour and the reach; then the campaign's figures so far. */
  String[] caption(int i) {
    Lane lane = lanes.get(i);
    int users = lane.sim.graph().nodeCount();
    int reach = lane.sim.campaignItem() == null ? 0 : lane.sim.campaignItem().reach();
    String end = lane.finished() && lane.ticks() < lane.scenario.steps() ? " (nothing left to happen)" : "";
    // Hours count from 0, as the console's counter and the charts' time axes do.
    String hour = lane.ticks() == 0 ? "before hour 0" : "hour " + (lane.ticks() - 1);
    return new String[] {
      String.format(Locale.ROOT, "%s  ·  %s of 0-%d%s  ·  campaign read by %,d of %,d users (%.1f%%)", lane.label,
          hour, lane.scenario.steps() - 1, end, reach, users, 100.0 * reach / users),
      String.format(Locale.ROOT, "%,d reshared it this hour  ·  ", pictures.get(i).resharedLastTick())
          + KpiLine.of(lane.recorder.campaignKpis()),
    };
  }
}
