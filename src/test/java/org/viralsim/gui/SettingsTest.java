package org.viralsim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.config.ResponsePolicy;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.config.Scenario;
import sim.util.Interval;
import sim.util.SimpleProperties;

/** The trainer's settings: a change is checked at once, applies to every run shown, or is refused with the reason. */
class SettingsTest {
  final List<String> messages = new ArrayList<>();

  Settings settings(Scenario left, Scenario right) {
    Setup setup = new Setup(new Setup.Source("left.yaml", left), right == null ? null : new Setup.Source("right.yaml", right));
    return new Settings(setup, messages::add);
  }

  String last() { return messages.get(messages.size() - 1); }

  @ParameterizedTest(name = "appeal {0}")
  @ValueSource(doubles = {0, 0.5, 3.25, 20})
  void aValidChangeAppliesToBothRunsAtTheNextStart(double appeal) {
    Setup setup = new Setup(new Setup.Source("a.yaml", TestRuns.scenario(1)),
        new Setup.Source("b.yaml", TestRuns.scenario(2, "population.roles.lurker.reshare=0.05")));
    Settings s = new Settings(setup, messages::add);
    s.setAppeal(appeal);
    assertThat(last()).contains("applies at the next start").doesNotContain("left");
    assertThat(s.getAppeal()).isEqualTo(appeal);
    assertThat(setup.left().campaign().appeal()).isEqualTo(appeal);
    assertThat(setup.right().campaign().appeal()).isEqualTo(appeal);
  }

  @ParameterizedTest(name = "appeal {0}")
  @ValueSource(doubles = {1, 4, 12})
  void aSettingThatMakesTheDifferenceBetweenTheTwoChangesOnTheLeftOnly(double appeal) {
    Setup setup = new Setup(new Setup.Source("a.yaml", TestRuns.scenario(1, "campaign.appeal=3")),
        new Setup.Source("b.yaml", TestRuns.scenario(2, "campaign.appeal=12")));
    Settings s = new Settings(setup, messages::add);
    s.setAppeal(appeal);
    assertThat(last()).contains("left run").contains("keeps its own");
    assertThat(setup.left().campaign().appeal()).isEqualTo(appeal);
    assertThat(setup.right().campaign().appeal()).isEqualTo(12);
    s.setLurkerReshare(0.02); // the same on both sides: changed on both
    assertThat(setup.right().population().roles().get("lurker").reshare()).isEqualTo(0.02);
  }

  @ParameterizedTest(name = "creators {0}")
  @ValueSource(doubles = {0, 0.01, 0.2, 0.5})
  void aRoleShareIsTakenFromOrGivenToTheLurkers(double creators) {
    Settings s = settings(TestRuns.scenario(1), null);
    double before = s.getCreatorShare() + s.getContributorShare() + s.getLurkerShare();
    s.setCreatorShare(creators);
    assertThat(s.getCreatorShare()).isEqualTo(creators);
    assertThat(s.getCreatorShare() + s.getContributorShare() + s.getLurkerShare()).isCloseTo(before, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(s.getLurkerShare()).isCloseTo(0.6 - (creators - 0.1), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void sharesThatLeaveNoLurkersAreRefusedAndNothingChanges() {
    Settings s = settings(TestRuns.scenario(1), null);
    s.setContributorShare(0.5);
    s.setCreatorShare(0.6); // 0.6 + 0.5 leaves -0.1 for the lurkers
    assertThat(last()).startsWith("Creator share not changed:").contains("population.roles.lurker.share");
    assertThat(s.getCreatorShare()).isEqualTo(0.1);
  }

  @Test
  void sharesThatLeaveExactlyNothingForTheLurkersAreTakenWithoutFloatResidue() {
    Settings s = settings(TestRuns.scenario(1), null);
    s.setCreatorShare(0.5);
    s.setContributorShare(0.5);
    assertThat(last()).contains("applies at the next start");
    assertThat(s.getLurkerShare()).isZero();
    s.setCreatorShare(0.2);
    assertThat(s.getLurkerShare()).isEqualTo(0.3);
  }

  @Test
  void sideBySideEachScenarioGivesItsOwnLurkersTheRest() {
    Setup setup = new Setup(new Setup.Source("a.yaml", TestRuns.scenario(1)), new Setup.Source("b.yaml",
        TestRuns.scenario(2, "population.roles.contributor.share=0.1", "population.roles.lurker.share=0.8")));
    new Settings(setup, messages::add).setCreatorShare(0.15);
    assertThat(last()).contains("applies at the next start");
    assertThat(setup.left().population().roles().get("lurker").share()).isEqualTo(0.55);
    assertThat(setup.right().population().roles().get("lurker").share()).isEqualTo(0.75);
  }

  @Test
  void aChangeOnlyOneSideCannotTakeIsRefusedNamingThatSide() {
    Setup setup = new Setup(new Setup.Source("a.yaml", TestRuns.scenario(1)),
        new Setup.Source("b.yaml", TestRuns.scenario(2, "network.nodes=300")));
    new Settings(setup, messages::add).setSeeds(400);
    assertThat(last()).startsWith("Seeds not changed: right: ");
    assertThat(setup.left().campaign().seeding().count()).isEqualTo(10);
  }

  @Test
  void settingTheValueAlreadyThereSaysNothing() {
    Settings s = settings(TestRuns.scenario(1), null);
    s.setUsers(s.getUsers());
    s.setAppeal(s.getAppeal());
    assertThat(messages).isEmpty();
  }

  @Test
  void moreSeedsThanUsersAreRefusedWithTheReason() {
    Settings s = settings(TestRuns.scenario(1), null);
    s.setSeeds(601);
    assertThat(last()).startsWith("Seeds not changed:").contains("campaign").contains("601");
    assertThat(s.getSeeds()).isEqualTo(10);
  }

  @Test
  void aNetworkTypeThatNeedsMoreThanATypeIsRefused() {
    Settings s = settings(TestRuns.scenario(1), null);
    s.setNetwork(List.of((String[]) s.domNetwork()).indexOf("sbm"));
    assertThat(last()).startsWith("Network not changed:").contains("blocks");
    s.setNetwork(List.of((String[]) s.domNetwork()).indexOf("erdos_renyi"));
    assertThat(last()).contains("applies at the next start");
    s.setUsers(300);
    assertThat(s.getUsers()).isEqualTo(300);
  }

  @Test
  void choicesMapToTheScenarioKeys() {
    Settings s = settings(TestRuns.scenario(1), null);
    s.setSeeding(SeedingStrategy.TOP_DEGREE.ordinal());
    s.setResponse(ResponsePolicy.RESPOND.ordinal());
    s.setSteps(99);
    assertThat(s.getSeeding()).isEqualTo(SeedingStrategy.TOP_DEGREE.ordinal());
    assertThat(s.getResponse()).isEqualTo(ResponsePolicy.RESPOND.ordinal());
    assertThat(s.getSteps()).isEqualTo(99);
    s.setSteps(0);
    assertThat(last()).startsWith("Ticks not changed:").contains("steps");
  }

  @Test
  void masonSeesSlidersChoicesAndHidesRolesTheScenarioLacks() {
    Settings s = settings(TestRuns.scenario(1), null);
    SimpleProperties p = new SimpleProperties(s);
    assertThat(domain(p, s.nameAppeal())).isInstanceOf(Interval.class);
    assertThat(domain(p, s.nameSeeding())).isInstanceOf(String[].class);
    assertThat(hidden(p, s.nameCreatorShare())).isFalse();
    Scenario oneRole = TestRuns.scenario(1, "population.roles={user: {share: 1, activity: 0.3, post_rate: 0.01, reshare: 0.03, comment: 0.01}}");
    SimpleProperties q = new SimpleProperties(settings(oneRole, null));
    assertThat(hidden(q, s.nameCreatorShare())).isTrue();
    assertThat(hidden(q, s.nameLurkerReshare())).isTrue();
    assertThat(hidden(q, s.nameAppeal())).isFalse();
  }

  static int index(SimpleProperties p, String name) {
    for (int i = 0; i < p.numProperties(); i++) if (p.getName(i).equals(name)) return i;
    throw new AssertionError("no property " + name);
  }

  static Object domain(SimpleProperties p, String name) { return p.getDomain(index(p, name)); }

  static boolean hidden(SimpleProperties p, String name) { return p.isHidden(index(p, name)); }
}
