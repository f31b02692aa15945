package org.viralsim.gui;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import org.viralsim.config.Scenario;
import org.viralsim.io.OutputException;
import org.viralsim.job.Networks;
import org.viralsim.job.UserInputException;
import sim.display.Console;

/** Opens the trainer window on a scenario (and one beside it) or a ready lesson. */
public final class TrainerApp {
  /** How the window starts: the text size, and for pictures of it, ticks to play before a screenshot. */
  public record Options(boolean projector, int ticks, Path screenshot) {}

  private TrainerApp() {}

  /** The ids of the ready lessons, in menu order. */
  public static List<String> lessonIds() {
    return Lessons.all().stream().map(Lessons.Lesson::id).toList();
  }

  /**
   * Opens the window. With a screenshot asked for, it plays the given ticks, saves a picture of the
   * screen, stops the run and returns; otherwise it returns at once and the window stays open (closing
   * the console ends the program, as in any MASON application).
   *
   * @return the ticks played before the screenshot; 0 without one
   * @param right     the scenario beside {@code left}, or null
   * @param lessonId  a lesson to open instead of the scenarios, or null
   */
  public static long open(Scenario left, String leftLabel, Scenario right, String rightLabel, String lessonId,
      Options options) {
    Lessons.Lesson lesson = lessonId == null ? null : Lessons.find(lessonId);
    if (lessonId != null && lesson == null) {
      throw new UserInputException("gui: --lesson: no lesson \"" + lessonId + "\"; lessons: "
          + String.join(", ", lessonIds()));
    }
    for (Scenario s : right == null ? new Scenario[] {left} : new Scenario[] {left, right}) {
      // As run checks before it runs; a network file is checked when it is read, at Play.
      if (s != null && !s.network().fromFile()) {
        Networks.preflight(s, null, s == left ? leftLabel : rightLabel);
      }
    }
    checkDisplay();
    Setup setup = lesson != null ? lesson.setup()
        : new Setup(new Setup.Source(leftLabel, left), right == null ? null : new Setup.Source(rightLabel, right));
    TrainerGui[] gui = new TrainerGui[1];
    Console[] console = new Console[1];
    onWindowThread(() -> {
      gui[0] = new TrainerGui(setup, lesson);
      console[0] = new Console(gui[0]);
      console[0].setVisible(true);
      gui[0].use(setup, lesson); // again, now that the console has shown its windows
      if (options.projector()) gui[0].setProjector(true);
    });
    return options.screenshot() == null ? 0 : screenshot(gui[0], console[0], options);
  }

  private static void checkDisplay() {
    String display = System.getenv("DISPLAY");
    if (GraphicsEnvironment.isHeadless()) {
      throw new UserInputException("gui: no display to open the window on (DISPLAY is not set); run it on a desktop,"
          + " or take a picture of it on a virtual display: xvfb-run ./viralsim gui --screenshot shot.png");
    }
    try {
      GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
    } catch (AWTError | HeadlessException e) {
      throw new UserInputException("gui: cannot open the display " + display + " (" + e.getMessage() + "); check DISPLAY,"
          + " or take a picture of it on a virtual display: xvfb-run ./viralsim gui --screenshot shot.png");
    }
  }

  private static long screenshot(TrainerGui gui, Console console, Options options) {
    onWindowThread(() -> {
      console.setWhenShouldPause(options.ticks());
      console.pressPlay();
    });
    long deadline = System.nanoTime() + 600_000_000_000L;
    while (gui.ticks() < options.ticks() && console.getPlayState() == Console.PS_PLAYING && System.nanoTime() < deadline) {
      sleep(50);
    }
    sleep(800); // the last charts and views reach the screen
    onWindowThread(() -> { });
    long played = gui.ticks();
    try {
      Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
      BufferedImage shot = new Robot().createScreenCapture(screen);
      Path parent = options.screenshot().toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      ImageIO.write(shot, "png", options.screenshot().toFile());
      return played;
    } catch (IOException | java.awt.AWTException e) {
      throw new OutputException("cannot save the screenshot " + options.screenshot() + " (" + e.getMessage() + ")", e);
    } finally {
      onWindowThread(console::pressStop);
    }
  }

  private static void onWindowThread(Runnable r) {
    try {
      SwingUtilities.invokeAndWait(r);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
