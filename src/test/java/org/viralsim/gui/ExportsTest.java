package org.viralsim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.chart.NamedChart;
import org.viralsim.config.Scenario;
import org.viralsim.gui.live.LaneData;
import org.viralsim.gui.live.LiveCharts;
import org.viralsim.gui.view.Layouts;
import org.viralsim.gui.view.Legend;
import org.viralsim.gui.view.NetworkPicture;
import org.viralsim.io.scenario.ScenarioReader;
import org.viralsim.model.CampaignSim;
import org.viralsim.observe.RunRecorder;

/** What the trainer saves: pictures for slides that never replace earlier ones, and settings that load back the same. */
class ExportsTest {
  @Test
  void chartsAreSavedAsPngAndASecondSaveKeepsTheFirst(@TempDir Path dir) throws Exception {
    Scenario scenario = TestRuns.scenario(1);
    CampaignSim sim = new CampaignSim(1, scenario, null);
    sim.start();
    RunRecorder recorder = new RunRecorder(sim);
    recorder.attach();
    for (int t = 0; t < 5; t++) sim.schedule.step(sim);
    List<NamedChart> charts = LiveCharts.of(List.of(LaneData.of("run", scenario, 600, recorder, false)));
    List<Path> first = Exports.writeCharts(charts, dir);
    List<Path> second = Exports.writeCharts(charts, dir);
    assertThat(first).extracting(p -> p.getFileName().toString()).contains("reach_over_time.png", "campaign_kpis.png");
    assertThat(second).extracting(p -> p.getFileName().toString()).contains("reach_over_time-2.png", "campaign_kpis-2.png");
    BufferedImage reach = ImageIO.read(first.get(0).toFile());
    assertThat(reach.getWidth()).isEqualTo(NamedChart.DEFAULT_WIDTH);
  }

  @Test
  void theViewIsSavedWithItsKeyBelow() {
    Scenario scenario = TestRuns.scenario(2);
    CampaignSim sim = new CampaignSim(2, scenario, null);
    sim.start();
    NetworkPicture picture = new NetworkPicture(sim, Layouts.of(sim.graph(), scenario.network(), 2, null));
    Legend key = new Legend();
    key.setRoles(new String[] {"creators 10%", "contributors 30%", "lurkers 60%"});
    key.setCaption("window", "reach 0");
    BufferedImage image = picture.image(900, 1, key);
    assertThat(image.getWidth()).isEqualTo(900);
    assertThat(image.getHeight()).as("picture and key").isGreaterThan(900 + 40);
  }

  @ParameterizedTest(name = "appeal {0}")
  @ValueSource(doubles = {0.5, 4, 12.5})
  void savedSettingsLoadBackAsTheSameScenario(double appeal, @TempDir Path dir) throws Exception {
    Setup setup = new Setup(new Setup.Source("window.yaml", TestRuns.scenario(3)), null);
    new Settings(setup, m -> { }).setAppeal(appeal);
    Path file = dir.resolve("mine.yaml");
    Exports.writePreset(setup.left(), file);
    assertThat(Files.readString(file)).startsWith("# Saved from the viralsim trainer window.");
    assertThat(ScenarioReader.read(file, List.of())).isEqualTo(setup.left());
  }
}
