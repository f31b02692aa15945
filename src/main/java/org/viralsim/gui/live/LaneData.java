package org.viralsim.gui.live;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.viralsim.config.Scenario;
import org.viralsim.observe.ItemRecord;
import org.viralsim.observe.RunRecorder;
import org.viralsim.observe.SeriesColumns;
import org.viralsim.observe.TickSeries;

/**
 * What the charts show of one run at one moment, copied from its recorder on the model's thread so
 * that the charts can be drawn on the window's thread while the model goes on.
 *
 * @param users        users in the run's network
 * @param columns      the per-tick measures recorded so far, each {@code ticks} long
 * @param contributions users by number of posts, reshares and comments (index = actions)
 * @param cascadeSizes the sizes of the cascades of the items that have ended
 * @param kpis         the main campaign's indicators so far
 */
public record LaneData(String label, Scenario scenario, int users, int ticks, Map<String, double[]> columns,
    long[] contributions, long[] cascadeSizes, Map<String, Double> kpis, boolean over) {

  /** Copies what the charts need; call on the model's thread (or with the model stopped). */
  public static LaneData of(String label, Scenario scenario, int users, RunRecorder recorder, boolean over) {
    int ticks = recorder.ticksRecorded();
    TickSeries series = recorder.series();
    Map<String, double[]> columns = new LinkedHashMap<>();
    for (String name : series.names()) columns.put(name, Arrays.copyOf(series.column(name), ticks));
    List<ItemRecord> items = recorder.endedItems();
    long[] sizes = new long[items.size()];
    for (int i = 0; i < sizes.length; i++) sizes[i] = items.get(i).size();
    return new LaneData(label, scenario, users, ticks, columns, recorder.contributionHistogram(), sizes,
        recorder.campaignKpis(), over);
  }

  /** A per-tick measure. */
  public double[] column(String name) {
    double[] c = columns.get(name);
    if (c == null) throw new IllegalArgumentException("no measure " + name);
    return c;
  }

  /** A measure of the main campaign's brand, e.g. {@link SeriesColumns#CHURNED}. */
  public double[] brandColumn(String measure) {
    return column(SeriesColumns.of(scenario.campaign().brand(), measure));
  }
}
