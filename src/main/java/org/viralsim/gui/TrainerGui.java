package org.viralsim.gui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.SwingUtilities;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Scenario;
import org.viralsim.graph.Graph;
import org.viralsim.gui.live.LaneData;
import org.viralsim.gui.view.Layout;
import org.viralsim.job.Networks;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;
import sim.util.SimpleProperties;

/**
 * The trainer window: MASON's console with a "Lesson" tab and the settings in its Model tab, one
 * network view per run (two side by side), and the live charts. Each start runs what the settings
 * say, from the first replication's seed, exactly as {@code run} would run it.
 */
public final class TrainerGui extends GUIState {
  /** A run plays in about this long at the console's default speed, slow enough to follow. */
  private static final long PLAY_MILLIS = 15_000;
  /** Text, dots and lines on a projector, against a monitor: larger, yet leaving room for two views. */
  private static final double PROJECTOR_SCALE = 1.35;

  private final Classroom classroom;
  private final Settings settings;
  /** The settings as the Model tab reads them: rebuilt (rows shown or hidden anew) when another scenario is shown. */
  private final RebuiltProperties settingsProperties;
  private final Map<NetworkSpec, Graph> networks = new HashMap<>();
  private final Map<LiveFeed.LayoutKey, Layout> layouts = new HashMap<>();
  private final List<LaneWindow> laneWindows = new ArrayList<>();
  private Setup setup;
  private Lessons.Lesson lesson;
  private LiveFeed feed;
  private List<Setup.Source> started = List.of();
  private ChartWindow chartWindow;
  private LessonPanel lessonPanel;
  private Console console;
  private double scale = 1;

  public TrainerGui(Setup setup, Lessons.Lesson lesson) {
    super(new Classroom());
    this.classroom = (Classroom) state;
    this.setup = setup;
    this.lesson = lesson;
    this.settings = new Settings(setup, this::message);
    this.settingsProperties = new RebuiltProperties(settings);
  }

  public static String getName() { return "viralsim trainer"; }

  public static Object getInfo() {
    return "<h2>viralsim trainer</h2><p>Participation inequality and virality, live. Pick a lesson from the "
        + "Lessons menu, press Play, and change the settings in the Model tab.</p>";
  }

  @Override
  public Object getSimulationInspectedObject() { return settings; }

  @Override
  public Inspector getInspector() {
    Inspector inspector = new SimpleInspector(settingsProperties, this, "Settings");
    inspector.setVolatile(false); // the settings change when edited, not as the model runs
    return inspector;
  }

  /** MASON's properties of the settings, read anew in full (not only their values) while {@link #rebuild} is on. */
  private static final class RebuiltProperties extends SimpleProperties {
    private static final long serialVersionUID = 1L;
    boolean rebuild;

    RebuiltProperties(Settings settings) { super(settings); }

    @Override
    public boolean isVolatile() { return rebuild; }
  }

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
    showSettings(next, console.getModelInspector());
    lessonPanel.show(nextLesson, next);
    laneWindows.get(0).frame().setVisible(true);
    laneWindows.get(1).frame().setVisible(next.sideBySide());
    chartWindow.frame().setVisible(true);
    console.setPlaySleep(Math.max(10, Math.min(300, PLAY_MILLIS / Math.max(1, next.left().steps()))));
    WindowArrangement.place(console, laneWindows, chartWindow.frame(), next.sideBySide());
    console.refresh();
  }

  /**
   * Points the settings at another setup and has the Model tab show it: its rows made anew (e.g. no
   * role sliders for other roles), and no slider moved into place counted as a change.
   */
  void showSettings(Setup next, Inspector inspector) {
    settings.show(next, () -> {
      if (inspector == null) return;
      settingsProperties.rebuild = true;
      try {
        inspector.updateInspector();
      } finally {
        settingsProperties.rebuild = false;
      }
    });
  }

  @Override
  public void start() {
    feed = null;
    started = List.of();
    List<Lane> lanes = new ArrayList<>();
    try {
      // On screen a run is named by its scenario's name, short enough for chart legends.
      boolean same = setup.sideBySide() && setup.left().name().equals(setup.right().name());
      lanes.add(lane(setup.left().name() + (same ? " (left)" : ""), setup.left(), setup.leftSource().label(),
          setup.left()));
      if (setup.sideBySide()) {
        lanes.add(lane(setup.right().name() + (same ? " (right)" : ""), setup.right(), setup.rightSource().label(),
            setup.left()));
      }
      feed = new LiveFeed(lanes, layouts);
    } catch (OutOfMemoryError e) {
      lanes.clear();
      message("Cannot start: not enough memory for this network; choose fewer users.");
    } catch (RuntimeException e) {
      lanes.clear();
      message("Cannot start: " + e.getMessage());
    }
    classroom.setLanes(lanes);
    super.start();
    // Keep only the networks and layouts of this start: each start with other settings makes new ones.
    networks.keySet().retainAll(lanes.stream().map(l -> l.scenario.network()).toList());
    layouts.keySet().removeIf(k -> lanes.stream().noneMatch(l -> l.sim.graph() == k.graph()));
    if (feed == null) {
      laneWindows.forEach(LaneWindow::clear);
      chartWindow.clear();
      return;
    }
    chartWindow.setRoles(LaneWindow.roleLabels(lanes.get(0)));
    List<Setup.Source> runs = new ArrayList<>();
    for (int i = 0; i < lanes.size(); i++) {
      laneWindows.get(i).show(lanes.get(i), feed.pictures().get(i));
      runs.add(new Setup.Source(i == 0 ? setup.leftSource().label() : setup.rightSource().label(),
          lanes.get(i).scenario));
    }
    started = List.copyOf(runs);
    scheduleRepeatingImmediatelyAfter(s -> afterStep());
    afterStep();
  }

  private Lane lane(String name, Scenario scenario, String label, Scenario seedScenario) {
    Graph network = networks.computeIfAbsent(scenario.network(), spec -> Networks.shared(scenario));
    Networks.preflight(scenario, network, label);
    return new Lane(name, scenario, seedScenario, network);
  }

  /** On the model's thread after each tick: the views follow, and now and then the charts get new data. */
  private void afterStep() {
    LiveFeed now = feed;
    if (now == null) return;
    List<LaneData> data = now.afterTick(System.nanoTime());
    List<String[]> captions = new ArrayList<>();
    for (int i = 0; i < now.lanes().size(); i++) captions.add(now.caption(i));
    SwingUtilities.invokeLater(() -> {
      for (int i = 0; i < captions.size(); i++) laneWindows.get(i).setCaption(captions.get(i)[0], captions.get(i)[1]);
      if (data != null) chartWindow.show(data, scale);
    });
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

  /** The scenarios of the last start that ran, with their files (empty before one, or when it failed). */
  List<Setup.Source> started() { return started; }

  /** The views of the runs of the last start. */
  List<LaneWindow> laneWindows() { return laneWindows.subList(0, started.size()); }

  ChartWindow chartWindow() { return chartWindow; }

  double scale() { return scale; }

  Console console() { return console; }

  /** Ticks run so far in the current start. */
  long ticks() { return classroom.ticks(); }

  @Override
  public void quit() {
    super.quit();
    laneWindows.forEach(w -> w.frame().dispose());
    if (chartWindow != null) chartWindow.frame().dispose();
  }
}
