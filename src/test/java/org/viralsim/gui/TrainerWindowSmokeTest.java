package org.viralsim.gui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.viralsim.gui.view.Palette;

/**
 * The trainer window for real, on a virtual display: {@code viralsim gui} in its own JVM under
 * {@code xvfb-run}, played to tick 10, then a screenshot of the screen, which must show the network
 * in its role colours and the charts; the run is stopped and the program ends on its own.
 */
@Tag("gui")
class TrainerWindowSmokeTest {
  static final int WIDTH = 1920;
  static final int HEIGHT = 1080;
  /** The first colour of the charts' palette: the first run's line in Reach over time. */
  static final Color CHART_LINE = new Color(0x0072B2);

  /**
   * @param fadedRoles roles sure to have users the campaign has not reached at tick 10: all three
   *                   in the lesson, whose left side stays below the threshold; above it the
   *                   cascade may reach all 20 creators and most contributors by then, not all lurkers
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"--lesson threshold, 3", "scenarios/lessons/threshold-above.yaml, 1"})
  void playsToTickTenAndShowsTheNetworkAndTheCharts(String what, int fadedRoles, @TempDir Path dir) throws Exception {
    assumeTrue(onPath("xvfb-run"), "xvfb-run is not installed (Debian package xvfb): the window cannot be opened here");
    Path shot = dir.resolve("shot.png");
    List<String> command = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 " + WIDTH + "x" + HEIGHT + "x24",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        "org.viralsim.cli.Main", "gui"));
    command.addAll(List.of(what.split(" ")));
    command.addAll(List.of("--ticks", "10", "--screenshot", shot.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log").toFile())
        .start();
    boolean ended = process.waitFor(180, TimeUnit.SECONDS);
    if (!ended) process.destroyForcibly();
    String log = Files.readString(dir.resolve("log"), StandardCharsets.UTF_8);
    assertThat(ended).as("the program ends by itself\n%s", log).isTrue();
    assertThat(process.exitValue()).as(log).isZero();
    assertThat(log).contains("Screenshot after 10 ticks");
    assertThat(log).doesNotContain("Exception");

    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    // The network views take the top of the screen right of the console, the charts the rest.
    BufferedImage views = image.getSubimage(WIDTH / 5, 0, WIDTH - WIDTH / 5, HEIGHT / 2);
    for (int role = 0; role < 3; role++) {
      assertThat(count(views, Palette.role(role))).as("role %d in full colour in the view", role).isGreaterThan(20);
    }
    for (int role = 3 - fadedRoles; role < 3; role++) {
      assertThat(count(views, Palette.faded(role))).as("role %d faded in the view", role).isGreaterThan(20);
    }
    BufferedImage charts = image.getSubimage(WIDTH / 5, HEIGHT / 2, WIDTH - WIDTH / 5, HEIGHT / 2);
    assertThat(count(charts, CHART_LINE)).as("chart lines").isGreaterThan(100);
  }

  static int count(BufferedImage image, Color colour) {
    int rgb = colour.getRGB();
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) if (image.getRGB(x, y) == rgb) n++;
    }
    return n;
  }

  static boolean onPath(String program) throws IOException, InterruptedException {
    return new ProcessBuilder("sh", "-c", "command -v " + program).start().waitFor() == 0;
  }
}
