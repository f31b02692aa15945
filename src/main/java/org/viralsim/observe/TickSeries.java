package org.viralsim.observe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Named per-tick measures of one run, all of the same length (one value per tick). */
public final class TickSeries {
  private final Map<String, double[]> columns = new LinkedHashMap<>();
  private final int ticks;

  public TickSeries(List<String> names, int ticks) {
    this.ticks = ticks;
    for (String name : names) columns.put(name, new double[ticks]);
  }

  public int ticks() { return ticks; }

  public List<String> names() { return List.copyOf(columns.keySet()); }

  /** The values of a measure, one per tick (shared, do not modify). */
  public double[] column(String name) {
    double[] c = columns.get(name);
    if (c == null) throw new IllegalArgumentException("no measure " + name);
    return c;
  }

  void set(String name, int tick, double value) { columns.get(name)[tick] = value; }

}
