package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
  void aBadScenarioIsReportedBeforeAnyWindowOpens() {
    Cli.Result r = Cli.execute("gui", "does-not-exist.yaml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().contains("does-not-exist.yaml");
  }
}
