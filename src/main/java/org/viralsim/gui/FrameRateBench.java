package org.viralsim.gui;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.viralsim.chart.NamedChart;
import org.viralsim.config.Scenario;
import org.viralsim.gui.live.LaneData;
import org.viralsim.gui.live.LiveCharts;
import org.viralsim.gui.view.Legend;
import org.viralsim.io.scenario.ScenarioReader;
import org.viralsim.job.Networks;

/**
 * How smoothly the trainer window runs: screen updates per second, each a tick of the model and
 * what the window then does ({@link LiveFeed}: the pictures follow the cascade, the charts get data
 * at most ten times a second), with the drawing a screen update does (the network view and its key
 * at the size they have on a 1920 x 1080 screen, the charts when they got data), off screen and with
 * no delay between ticks. The campaign spreads on a Barabasi-Albert network (mean degree 10).
 */
public final class FrameRateBench {
  private static final int VIEW = 800;
  private static final int CHART_WIDTH = 480;
  private static final int CHART_HEIGHT = 330;

  /** One measurement: updates per second over {@code updates} ticks after a warm-up, and chart redraws. */
  public record Result(int users, int runs, double layoutSeconds, int updates, double seconds, int chartRedraws) {
    public double updatesPerSecond() { return updates / seconds; }
  }

  private FrameRateBench() {}

  /** The table of {@code bench --gui}: each size alone and side by side. */
  public static void table(PrintWriter out, List<Integer> sizes, int updates) {
    out.println("users    runs  layout_s  updates_per_s  chart_redraws_per_s");
    for (int runs = 1; runs <= 2; runs++) {
      for (int users : sizes) {
        Result r = measure(users, runs, updates);
        out.printf(Locale.ROOT, "%-8d %-5d %-9.2f %-14.1f %.1f%n", users, runs, r.layoutSeconds(), r.updatesPerSecond(),
            r.chartRedraws() / r.seconds());
        out.flush();
      }
    }
  }

  public static Result measure(int users, int runs, int updates) {
    run(users, runs, Math.max(20, updates / 4)); // warm-up: the JIT compiles the model and the drawing
    return run(users, runs, updates);
  }

  private static Result run(int users, int runs, int updates) {
    Scenario scenario = ScenarioReader.readDefault(List.of("name=frame-rate",
        "network={type: barabasi_albert, nodes: " + users + ", mean_degree: 10, seed: 7}",
        "steps=" + (updates + 1), "campaign.appeal=6", "campaign.seeding.count=5"));
    long t0 = System.nanoTime();
    List<Lane> lanes = new ArrayList<>();
    for (int i = 0; i < runs; i++) lanes.add(new Lane(scenario.name(), scenario, scenario, Networks.shared(scenario)));
    LiveFeed feed = new LiveFeed(lanes, new HashMap<>());
    double layoutSeconds = (System.nanoTime() - t0) / 1e9;
    BufferedImage view = new BufferedImage(VIEW, VIEW, BufferedImage.TYPE_INT_RGB);
    BufferedImage chart = new BufferedImage(CHART_WIDTH, CHART_HEIGHT, BufferedImage.TYPE_INT_RGB);
    Legend legend = new Legend();
    int redraws = 0;
    long start = System.nanoTime();
    for (int u = 0; u < updates; u++) {
      for (Lane lane : lanes) lane.step();
      List<LaneData> data = feed.afterTick(System.nanoTime());
      for (int i = 0; i < runs; i++) {
        Graphics2D g = view.createGraphics();
        feed.pictures().get(i).paint(g, new Rectangle2D.Double(0, 0, VIEW, VIEW), 1);
        g.dispose();
        String[] caption = feed.caption(i);
        legend.setCaption(caption[0], caption[1]);
        legend.paintInto(view.createGraphics(), VIEW);
      }
      if (data == null) continue;
      for (NamedChart c : LiveCharts.of(data)) {
        Graphics2D g = chart.createGraphics();
        c.chart().draw(g, new Rectangle2D.Double(0, 0, CHART_WIDTH, CHART_HEIGHT));
        g.dispose();
      }
      redraws++;
    }
    return new Result(users, runs, layoutSeconds, updates, (System.nanoTime() - start) / 1e9, redraws);
  }
}
