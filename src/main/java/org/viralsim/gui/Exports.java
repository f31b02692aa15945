package org.viralsim.gui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.viralsim.chart.NamedChart;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.MemoryExhausted;
import org.viralsim.io.ChartFiles;
import org.viralsim.io.InputFileException;
import org.viralsim.io.OutputException;
import org.viralsim.io.scenario.ScenarioException;
import org.viralsim.io.scenario.ScenarioReader;
import org.viralsim.io.scenario.ScenarioWriter;
import org.viralsim.job.RunJob;
import org.viralsim.job.UserInputException;
import org.viralsim.job.Workers;

/**
 * What the trainer saves and opens: pictures of the views and charts for slides, the settings as a
 * scenario file, a scenario file to run, and the results folder {@code run} writes. Pictures never
 * replace a file (a name in use gets a number); a scenario file is replaced only when the trainer says so.
 */
final class Exports {
  private static final int VIEW_SIZE = 1200;

  private Exports() {}

  static void saveViews(TrainerGui gui) {
    if (gui.laneWindows().isEmpty()) {
      gui.message("Nothing to save yet: press Play first.");
      return;
    }
    Path dir = chooseFolder(gui, "Save the network view as PNG into");
    if (dir == null) return;
    try {
      List<Path> saved;
      synchronized (gui.state.schedule) { // the model does not move while its picture is drawn
        saved = writeViews(gui.laneWindows(), dir, gui.scale());
      }
      gui.message("Saved " + String.join(", ", names(saved)) + " in " + dir);
    } catch (IOException e) {
      gui.message("Cannot save the view: " + e.getMessage());
    }
  }

  static void saveCharts(TrainerGui gui) {
    List<NamedChart> charts = gui.chartWindow().forSaving();
    if (charts.isEmpty()) {
      gui.message("Nothing to save yet: press Play first.");
      return;
    }
    Path dir = chooseFolder(gui, "Save the charts as PNG into");
    if (dir == null) return;
    try {
      List<Path> saved = writeCharts(charts, dir);
      gui.message("Saved " + saved.size() + " charts (" + String.join(", ", names(saved)) + ") in " + dir);
    } catch (IOException e) {
      gui.message("Cannot save the charts: " + e.getMessage());
    }
  }

  /** Each view with its legend as network.png (network_left.png and network_right.png side by side). */
  static List<Path> writeViews(List<LaneWindow> views, Path dir, double scale) throws IOException {
    List<Path> saved = new ArrayList<>();
    for (int i = 0; i < views.size(); i++) {
      String name = views.size() == 1 ? "network" : i == 0 ? "network_left" : "network_right";
      BufferedImage image = views.get(i).image(VIEW_SIZE, scale);
      if (image == null) continue;
      Path file = free(dir, name, ".png");
      ImageIO.write(image, "png", file.toFile());
      saved.add(file);
    }
    return saved;
  }

  /** Each chart as NAME.png at the report's size. */
  static List<Path> writeCharts(List<NamedChart> charts, Path dir) throws IOException {
    List<Path> saved = new ArrayList<>();
    for (NamedChart c : charts) {
      Path file = free(dir, c.name(), ".png");
      ChartFiles.png(c.chart(), file, c.width(), c.height());
      saved.add(file);
    }
    return saved;
  }

  static void savePreset(TrainerGui gui) {
    JFileChooser chooser = new JFileChooser(Path.of("").toAbsolutePath().toFile());
    chooser.setDialogTitle("Save the settings (the left scenario) as a scenario file");
    chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (YAML)", "yaml", "yml"));
    chooser.setSelectedFile(Path.of(gui.setup().left().name() + "-preset.yaml").toAbsolutePath().toFile());
    if (chooser.showSaveDialog(gui.console()) != JFileChooser.APPROVE_OPTION) return;
    Path file = chooser.getSelectedFile().toPath();
    if (Files.exists(file) && JOptionPane.showConfirmDialog(gui.console(), file + " exists. Replace it?", "Save settings",
        JOptionPane.YES_NO_OPTION) != JOptionPane.YES_OPTION) {
      return;
    }
    try {
      writePreset(gui.setup().left(), file);
      gui.message("Saved the settings as " + file + "; open it again with Trainer > Open scenario, or run it with "
          + "./viralsim run " + file);
    } catch (IOException e) {
      gui.message("Cannot save the settings: " + e.getMessage());
    }
  }

  static void writePreset(Scenario scenario, Path file) throws IOException {
    Files.writeString(file, "# Saved from the viralsim trainer window.\n" + ScenarioWriter.toYaml(scenario),
        StandardCharsets.UTF_8);
  }

  static void openScenario(TrainerGui gui) {
    JFileChooser chooser = new JFileChooser(Path.of("").toAbsolutePath().toFile());
    chooser.setDialogTitle("Open a scenario file");
    chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (YAML, JSON)", "yaml", "yml", "json"));
    if (chooser.showOpenDialog(gui.console()) != JFileChooser.APPROVE_OPTION) return;
    Path file = chooser.getSelectedFile().toPath();
    try {
      gui.use(new Setup(new Setup.Source(file.toString(), ScenarioReader.read(file, List.of())), null), null);
    } catch (RuntimeException e) {
      gui.message("Cannot open it: " + e.getMessage());
    }
  }

  /**
   * Runs what is on screen as {@code run} does (all its replications; the first is the run shown), in
   * the background: the scenarios of the last start, not settings changed since.
   */
  static void saveResults(TrainerGui gui) {
    List<Setup.Source> shown = gui.started();
    if (shown.isEmpty()) {
      gui.message("Nothing to save yet: press Play first.");
      return;
    }
    List<Setup.Source> runs = new ArrayList<>();
    runs.add(shown.get(0));
    // Side by side, the right scenario ran with the left one's seed: so do its results.
    if (shown.size() > 1) {
      runs.add(new Setup.Source(shown.get(1).label(), shown.get(1).scenario().withSeed(shown.get(0).scenario().seed())));
    }
    gui.message("Saving results: running " + runs.size() + " scenario(s) in the background…");
    Thread worker = new Thread(() -> {
      List<String> folders = new ArrayList<>();
      try {
        for (Setup.Source run : runs) {
          folders.add(RunJob.run(run.scenario(), run.label(), null, Workers.of(null, null), false,
              new PrintWriter(Writer.nullWriter())).folder().toString());
        }
        gui.message("Saved results in " + String.join(" and ", folders) + " (replication 0 is the run shown).");
      } catch (UserInputException | ScenarioException | InputFileException | OutputException | MemoryExhausted e) {
        gui.message("Cannot save results: " + e.getMessage());
      } catch (RuntimeException e) {
        gui.message("Cannot save results: an internal error (" + e + "); its details are on the terminal.");
        e.printStackTrace();
      }
    }, "viralsim-save-results");
    worker.start();
  }

  private static Path chooseFolder(TrainerGui gui, String title) {
    JFileChooser chooser = new JFileChooser(Path.of("").toAbsolutePath().toFile());
    chooser.setDialogTitle(title);
    chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
    return chooser.showSaveDialog(gui.console()) == JFileChooser.APPROVE_OPTION ? chooser.getSelectedFile().toPath() : null;
  }

  /** dir/NAME.EXT, or dir/NAME-2.EXT, -3 ... when taken. */
  static Path free(Path dir, String name, String ext) {
    Path file = dir.resolve(name + ext);
    for (int k = 2; Files.exists(file); k++) file = dir.resolve(name + "-" + k + ext);
    return file;
  }

  private static List<String> names(List<Path> files) {
    return files.stream().map(p -> p.getFileName().toString()).toList();
  }
}
