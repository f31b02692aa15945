package org.viralsim.gui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Scenario;
import org.viralsim.graph.Graph;
import org.viralsim.gui.live.KpiLine;
import org.viralsim.gui.live.LaneData;
import org.viralsim.gui.view.Layout;
import org.viralsim.gui.view.Layouts;
import org.viralsim.gui.view.NetworkPicture;
import org.viralsim.job.Networks;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;

/**
 * The trainer window: MASON's console with a "Lesson" tab and the settings in its Model tab, one
 * network view per run (two side by side), and the live charts. Each start runs what the settings
 * say, from the first replication's seed, exactly as {@code run} would run it.
 */
public final class TrainerGui extends GUIState {
  /** Charts are redrawn at most this often (and once more when the runs are over). */
  private static final long CHART_INTERVAL_NANOS = 100_000_000L;
  /** A run plays in about this long at the console's default speed, slow enough to follow. */
  private static final long PLAY_MILLIS = 15_000;
  /** Text, dots and lines on a projector, against a monitor: larger, yet leaving room for two views. */
  private static final double PROJECTOR_SCALE = 1.35;

  private final Classroom classroom;
  private final Settings settings;
  private final Map<NetworkSpec, Graph> networks = new HashMap<>();
  private final Map<Graph, Layout> layouts = new IdentityHashMap<>();
  private final List<LaneWindow> laneWindows = new ArrayList<>();
  private final List<NetworkPicture> pictures = new ArrayList<>();
  private Setup setup;
  private Lessons.Lesson lesson;
  private ChartWindow chartWindow;
  private LessonPanel lessonPanel;
  private Console console;
  private double scale = 1;
  private long lastCharts;

  public TrainerGui(Setup setup, Lessons.Lesson lesson) {
    super(new Classroom());
    this.classroom = (Classroom) state;
    this.setup = setup;
    this.lesson = lesson;
    this.settings = new Settings(setup, this::message);
  }

  public static String getName() { return "viralsim trainer"; }

  public static Object getInfo() {
    return "<h2>viralsim trainer</h2><p>Participation inequality and virality, live. Pick a lesson from the "
        + "Lessons menu, press Play, and change the settings in the Model tab.</p>";
  }

  @Override
  public Object getSimulationInspectedObject() { return settings; }

  @Override
  public void init(Controller controller) {
    super.init(controller);
    console = (Console) controller;
    for (String side : new String[] {"left", "right"}) {
      LaneWindow window = new LaneWindow(this, "viralsim: " + side, () -> Exports.saveViews(this));
      controller.registerFrame(window.frame());
      laneWindows.add(window);
    }
    chartWindow = new ChartWindow(() -> Exports.saveCharts(this));
    controller.registerFrame(chartWindow.frame());
    lessonPanel = new LessonPanel();
    console.getTabPane().insertTab("Lesson", null, lessonPanel, "What to look at and what to ask", 0);
    console.getTabPane().setSelectedIndex(0);
    TrainerMenu.install(console, this);
    use(setup, lesson);
  }

  /** Switches to another scenario or lesson; a running one is stopped first. */
  void use(Setup next, Lessons.Lesson nextLesson) {
    if (console.getPlayState() != Console.PS_STOPPED) console.pressStop();
    setup = next;
    lesson = nextLesson;
    settings.use(next);
    lessonPanel.show(nextLesson, next);
    laneWindows.get(0).frame().setVisible(true);
    laneWindows.get(1).frame().setVisible(next.sideBySide());
    chartWindow.frame().setVisible(true);
    console.setPlaySleep(Math.max(10, Math.min(300, PLAY_MILLIS / Math.max(1, next.left().steps()))));
    WindowArrangement.place(console, laneWindows, chartWindow.frame(), next.sideBySide());
    // The Model tab shows the new scenario's settings now (which roles it has, at the next start).
    if (console.getModelInspector() != null) console.getModelInspector().updateInspector();
    console.refresh();
  }

  @Override
  public void start() {
    List<Lane> lanes = new ArrayList<>();
    try {
      // On screen a run is named by its scenario's name, short enough for chart legends.
      boolean same = setup.sideBySide() && setup.left().name().equals(setup.right().name());
      lanes.add(lane(setup.left().name() + (same ? " (left)" : ""), setup.left(), setup.left()));
      if (setup.sideBySide()) lanes.add(lane(setup.right().name() + (same ? " (right)" : ""), setup.right(), setup.left()));
    } catch (OutOfMemoryError e) {
      lanes.clear();
      message("Cannot start: not enough memory for this network; choose fewer users.");
    } catch (RuntimeException e) {
      lanes.clear();
      message("Cannot start: " + e.getMessage());
    }
    classroom.setLanes(lanes);
    super.start();
    pictures.clear();
    for (int i = 0; i < lanes.size(); i++) {
      Lane lane = lanes.get(i);
      Graph graph = lane.sim.graph();
      Layout layout = layouts.computeIfAbsent(graph, g -> Layouts.of(g, lane.scenario.network(), lane.scenario.seed(),
          lane.sim.campaignSeeds()));
      NetworkPicture picture = new NetworkPicture(lane.sim, layout);
      pictures.add(picture);
      laneWindows.get(i).show(lane, picture);
    }
    // Keep only the networks and layouts of this start: sliders may have made many others.
    networks.keySet().retainAll(lanes.stream().map(l -> l.scenario.network()).toList());
    layouts.keySet().retainAll(lanes.stream().map(l -> l.sim.graph()).toList());
    lastCharts = 0;
    scheduleRepeatingImmediatelyAfter(s -> afterStep());
    afterStep();
  }

  private Lane lane(String label, Scenario scenario, Scenario seedScenario) {
    Graph network = networks.computeIfAbsent(scenario.network(), spec -> Networks.shared(scenario));
    return new Lane(label, scenario, seedScenario, network);
  }

  /** On the model's thread after each tick: follow the cascades, and now and then hand the charts new data. */
  private void afterStep() {
    List<Lane> lanes = classroom.lanes();
    boolean over = lanes.stream().allMatch(Lane::finished);
    List<String[]> captions = new ArrayList<>();
    for (int i = 0; i < pictures.size(); i++) {
      pictures.get(i).advance();
      captions.add(caption(lanes.get(i)));
    }
    long now = System.nanoTime();
    List<LaneData> data = new ArrayList<>();
    if (over || now - lastCharts >= CHART_INTERVAL_NANOS) {
      lastCharts = now;
      for (Lane lane : lanes) data.add(LaneData.of(lane.label, lane.scenario, lane.sim.graph().nodeCount(), lane.recorder,
          lane.finished()));
    }
    SwingUtilities.invokeLater(() -> {
      for (int i = 0; i < captions.size(); i++) laneWindows.get(i).setCaption(captions.get(i)[0], captions.get(i)[1]);
      if (!data.isEmpty()) chartWindow.show(data, scale);
    });
  }

  /** What a view says above its key: the run, the hour and the reach, then the campaign's KPIs so far. */
  private static String[] caption(Lane lane) {
    int users = lane.sim.graph().nodeCount();
    int reach = lane.sim.campaignItem() == null ? 0 : lane.sim.campaignItem().reach();
    String end = lane.finished() && lane.ticks() < lane.scenario.steps() ? " (nothing left to happen)" : "";
    return new String[] {
      String.format(Locale.ROOT, "%s  ·  hour %d of %d%s  ·  campaign read by %,d of %,d users (%.1f%%)", lane.label,
          lane.ticks(), lane.scenario.steps(), end, reach, users, 100.0 * reach / users),
      KpiLine.of(lane.recorder.campaignKpis()),
    };
  }

  /** Shows a line in the Lesson tab (from any thread). */
  void message(String line) {
    SwingUtilities.invokeLater(() -> lessonPanel.setMessage(line));
  }

  /** Large text, dots and lines for a projector, or the monitor's sizes. */
  void setProjector(boolean on) {
    scale = on ? PROJECTOR_SCALE : 1;
    laneWindows.forEach(w -> w.setScale(scale));
    lessonPanel.setScale(scale);
    chartWindow.rescale(scale);
  }

  Setup setup() { return setup; }

  List<LaneWindow> laneWindows() { return laneWindows.subList(0, setup.sideBySide() ? 2 : 1); }

  ChartWindow chartWindow() { return chartWindow; }

  double scale() { return scale; }

  Console console() { return console; }

  /** Ticks run so far in the current start. */
  long ticks() { return classroom.ticks(); }

  @Override
  public void quit() {
    super.quit();
    laneWindows.forEach(w -> w.frame().dispose());
    JFrame charts = chartWindow == null ? null : chartWindow.frame();
    if (charts != null) charts.dispose();
  }
}
