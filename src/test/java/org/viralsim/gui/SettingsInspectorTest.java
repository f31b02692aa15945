package org.viralsim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.Scenario;
import sim.portrayal.Inspector;

/**
 * MASON's Model tab over the settings: showing another lesson or scenario must leave it as it was,
 * even where its values lie outside the sliders' usual ranges.
 */
class SettingsInspectorTest {
  static List<Setup> setups() {
    List<Setup> out = new ArrayList<>();
    for (Lessons.Lesson l : Lessons.all()) out.add(l.setup());
    out.add(new Setup(new Setup.Source("big.yaml",
        TestRuns.scenario(1, "steps=2000", "campaign.appeal=30", "campaign.seeding.count=200")), null));
    out.add(new Setup(new Setup.Source("one-role.yaml", TestRuns.scenario(1,
        "population.roles={user: {share: 1, activity: 0.3, post_rate: 0.01, reshare: 0.03, comment: 0.01}}")), null));
    return out;
  }

  @ParameterizedTest(name = "{index}: {0}")
  @MethodSource("setups")
  void showingAScenarioInTheModelTabLeavesItAsItWas(Setup next) {
    for (Lessons.Lesson from : Lessons.all()) {
      TrainerGui gui = new TrainerGui(from.setup(), from);
      Inspector inspector = gui.getInspector();
      Scenario left = next.left();
      Scenario right = next.right();
      gui.showSettings(next, inspector);
      assertThat(next.left()).as("left, after %s", from.id()).isEqualTo(left);
      assertThat(next.right()).as("right, after %s", from.id()).isEqualTo(right);
    }
  }
}
