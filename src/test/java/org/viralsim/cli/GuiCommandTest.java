package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code gui} where there is no display (the tests run headless): one line and exit 2, never a stack trace. */
class GuiCommandTest {
  @Test
  void withoutADisplayItSaysSoInOneLine() {
    Cli.Result r = Cli.execute("gui");
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("viralsim: gui: no display").contains("xvfb-run");
  }

  @Test
  void aDisplayThatCannotBeReachedIsSaidInOneLine() throws Exception {
    ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Djava.awt.headless=false", "-cp", System.getProperty("java.class.path"), "org.viralsim.cli.Main", "gui");
    pb.environment().put("DISPLAY", ":77"); // no X server there
    pb.redirectErrorStream(true);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isEqualTo(2);
    assertThat(output.lines().filter(l -> !l.isBlank())).as(output).singleElement().asString()
        .startsWith("viralsim: gui: cannot open the display :77");
  }

  @Test
  void anUnknownLessonIsNamedWithTheLessonsThereAre() {
    Cli.Result r = Cli.execute("gui", "--lesson", "nope");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().contains("\"nope\"").contains("participation, threshold");
  }

  @Test
  void optionsThatDoNotGoTogetherAreRefused() {
    assertThat(Cli.execute("gui", "--beside", "b.yaml").errLines()).singleElement().asString()
        .contains("--beside needs a first scenario");
    assertThat(Cli.execute("gui", "a.yaml", "--lesson", "threshold").errLines()).singleElement().asString()
        .contains("either --lesson or scenario files");
    assertThat(Cli.execute("gui", "--ticks", "0").exit()).isEqualTo(2);
    assertThat(Cli.execute("gui", "--lesson", "threshold", "--set", "steps=5").errLines()).singleElement().asString()
        .contains("not --lesson");
  }

  @Test
  void ticksGoWithAScreenshot() {
    assertThat(Cli.execute("gui", "--ticks", "5").errLines()).singleElement().asString().contains("--screenshot");
  }

  @Test
  void aScenarioThatCannotRunIsReportedBeforeAnyWindowOpens() {
    Cli.Result r = Cli.execute("gui", "scenarios/quickstart.yaml", "--set", "campaign.seeding.count=20000");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().contains("quickstart.yaml").contains("20000");
  }

  @Test
  void aBadScenarioIsReportedBeforeAnyWindowOpens() {
    Cli.Result r = Cli.execute("gui", "does-not-exist.yaml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().contains("does-not-exist.yaml");
  }
}
