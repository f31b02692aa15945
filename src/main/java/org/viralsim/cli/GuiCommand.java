package org.viralsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.viralsim.config.Scenario;
import org.viralsim.gui.TrainerApp;
import org.viralsim.job.UserInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code viralsim gui}: the trainer window. */
@Command(name = "gui", mixinStandardHelpOptions = true,
    description = {"Open the trainer window: the network lighting up as a campaign spreads, live charts, settings"
        + " and ready lessons. Without SCENARIO (and without --lesson) it opens the first lesson.",
        "Needs a display; closing the console window ends it."})
final class GuiCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
      description = "Scenario file (.yaml, .yml or .json). Without it (and without --lesson), the first lesson opens.")
  Path file;

  @Mixin OverrideOptions overrides;

  @Option(names = "--beside", paramLabel = "SCENARIO_B",
      description = "A second scenario shown side by side with the first, with the first one's seed.")
  Path beside;

  @Option(names = "--lesson", paramLabel = "ID",
      description = "Open a ready lesson: participation, threshold, seeding, complaints, public, internal, community.")
  String lesson;

  @Option(names = "--projector", description = "Large text, dots and lines, for a projector.")
  boolean projector;

  @Option(names = "--screenshot", paramLabel = "FILE",
      description = "Play --ticks ticks, save a PNG picture of the screen to FILE, and close.")
  Path screenshot;

  @Option(names = "--ticks", paramLabel = "N", defaultValue = "10",
      description = "With --screenshot: ticks to play first (default: ${DEFAULT-VALUE}).")
  int ticks;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    if (ticks < 1) throw new UserInputException("--ticks: must be at least 1, was " + ticks);
    if (screenshot == null && spec.commandLine().getParseResult().hasMatchedOption("--ticks")) {
      throw new UserInputException("--ticks: goes with --screenshot (in the window, Play runs the whole scenario)");
    }
    if (lesson != null && (file != null || beside != null)) {
      throw new UserInputException("gui: give either --lesson or scenario files, not both");
    }
    if (lesson != null && (!overrides.overrides.isEmpty() || overrides.seed != null || overrides.replications != null)) {
      throw new UserInputException("gui: --set, --seed and --replications go with scenario files, not --lesson"
          + " (change a lesson in the window's Model tab)");
    }
    if (beside != null && file == null) {
      throw new UserInputException("gui: --beside needs a first scenario to be beside");
    }
    String lessonId = lesson;
    Scenario left = null;
    Scenario right = null;
    if (file == null && lesson == null) {
      lessonId = TrainerApp.lessonIds().get(0);
    } else if (lesson == null) {
      left = overrides.load(file, spec.commandLine().getErr());
      if (beside != null) right = overrides.load(beside, spec.commandLine().getErr());
    }
    long played = TrainerApp.open(left, file == null ? null : file.toString(), right, beside == null ? null : beside.toString(), lessonId,
        new TrainerApp.Options(projector, ticks, screenshot));
    if (screenshot != null) {
      spec.commandLine().getOut().println("Screenshot after " + played + " ticks: " + screenshot);
      return 0;
    }
    new CountDownLatch(1).await(); // the window runs until its console is closed, which ends the program
    return 0;
  }
}
