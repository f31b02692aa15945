package org.viralsim.io.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.io.scenario.ScenarioException;
import org.viralsim.sweep.SweepPlan;
import org.viralsim.testing.TinySweep;

class SweepReaderTest {
  @TempDir Path dir;

  private Path sweep(String text) throws IOException {
    return TinySweep.write(dir, text);
  }

  private ScenarioException error(String text) throws IOException {
    Path file = sweep(text);
    return assertThrows(ScenarioException.class, () -> SweepReader.read(file, List.of()));
  }

  @Test
  void aGridOverTwoParametersGivesEveryCombinationAsAScenario() throws IOException {
    SweepPlan s = SweepReader.read(sweep("""
        base: tiny.yaml
        parameters:
          - {key: campaign.appeal, values: [1, 2]}
          - {key: network.mean_degree, from: 2, to: 6, steps: 3}
        replications: 3
        """), List.of());
    assertThat(s.points()).hasSize(6);
    assertThat(s.scenarios().get(5).campaign().appeal()).isEqualTo(2);
    assertThat(s.sweep().replications()).isEqualTo(3);
    assertThat(s.sweep().name()).isEqualTo("tiny-sweep");
    assertThat(s.baseSeed()).isEqualTo(5);
    assertThat(s.resolvedYaml()).contains("nodes: 60").doesNotContain("tiny.yaml");
    assertThat(s.hash()).hasSize(64);
  }

  @Test
  void whatSettingAPointChangesBesidesItsKeyIsNotedOnce() throws IOException {
    SweepPlan s = SweepReader.read(sweep("""
        base: {network: {type: erdos_renyi, nodes: 2000, mean_degree: 4}}
        parameters:
          - {key: network.type, values: [erdos_renyi, powerlaw]}
          - {key: campaign.appeal, values: [1, 2]}
        """), List.of());
    assertThat(s.scenarios().get(3).network().type()).isEqualTo("powerlaw");
    assertThat(s.notes()).singleElement().asString().startsWith(dir.resolve("s.yaml") + ": at some points, setting"
        + " network.type=").contains("drops network.mean_degree");
    assertThat(SweepReader.read(sweep("""
        base: tiny.yaml
        parameters: [{key: campaign.appeal, values: [1, 2]}]
        """), List.of()).notes()).isEmpty();
  }

  @Test
  void anInlineBaseAndAnLhsDesignWork() throws IOException {
    SweepPlan s = SweepReader.read(sweep("""
        base: {steps: 4, network: {type: erdos_renyi, nodes: 50, mean_degree: 4}}
        parameters: [{key: campaign.appeal, from: 0.5, to: 4}, {key: steps, from: 2, to: 9, integer: true}]
        design: lhs
        samples: 7
        seed: 3
        """), List.of());
    assertThat(s.scenarios()).hasSize(7).allSatisfy(sc -> assertThat(sc.steps()).isBetween(2, 9));
  }

  @Test
  void listItemsAreSetByIndex() throws IOException {
    SweepPlan s = SweepReader.read(sweep("""
        base: {campaigns: [{name: a}, {name: b}]}
        parameters: [{key: campaigns.1.appeal, values: [2, 3]}]
        """), List.of());
    assertThat(s.scenarios().get(1).campaigns().get(1).appeal()).isEqualTo(3);
    assertThat(s.scenarios().get(1).campaigns().get(0).appeal()).isEqualTo(1);
  }

  @Test
  void errorsNameTheFileAndKeyPath() throws IOException {
    String file = dir.resolve("s.yaml").toString();
    assertThat(error("base: tiny.yaml\nparameters: [{key: steps, values: [2]}]\ndesing: grid\n"))
        .hasMessageStartingWith(file + ": desing: unknown key");
    assertThat(error("base: tiny.yaml\nparameters: [{key: steps, values: [2]}]\nreplications: zero\n"))
        .hasMessage(file + ": replications: must be an integer, was \"zero\"");
    assertThat(error("base: tiny.yaml\nparameters: [{key: steps, from: 2}]\n"))
        .hasMessage(file + ": parameters[0].to: is required (or give values)");
    assertThat(error("base: tiny.yaml\nparameters: [{key: steps, from: 2, to: 1, steps: 3}]\n"))
        .hasMessage(file + ": parameters[0].to: must be greater than from (2.0), was 1.0");
    assertThat(error("base: tiny.yaml\nparameters: [{key: steps, from: 2, to: 5}]\ndesign: lhs\n"))
        .hasMessage(file + ": samples: is required for design lhs");
    assertThat(error("parameters: [{key: steps, values: [2]}]\n")).hasMessageStartingWith(file + ": base: is required");
    assertThat(error("base: tiny.yaml\nparameters: []\n"))
        .hasMessageStartingWith(file + ": parameters: must list at least one parameter: a list of");
    assertThat(error("base: tiny.yaml\n")).hasMessageStartingWith(file + ": parameters: is required: a list of");
    assertThat(error("base: tiny.yaml\nparameters: [{key: steps, values: [2]}]\nanalysis: {method: sobol, outputs: [rech]}\n"))
        .hasMessageStartingWith(file + ": analysis.outputs[0]: unknown metric rech");
  }

  @Test
  void fileProblemsSayWhichFileAndWhy() throws IOException {
    String file = dir.resolve("s.yaml").toString();
    assertThat(error("base: tiny.yaml\nparameters:\n  - {key: steps, values: [2, 3}\nreplications: 2\n"))
        .hasMessageStartingWith(file + ": line 3: ");
    assertThat(error("base: tiny.yaml\nreplications: 2\nreplications: 3\n"))
        .hasMessageStartingWith(file + ": line 3: duplicate key \"replications\"");
    assertThat(error("base: gone.yaml\nparameters: [{key: steps, values: [2]}]\n"))
        .hasMessage(file + ": base: " + dir.resolve("gone.yaml") + ": no such file");
    assertThat(error("base: {steps: 10, netwrk: {}}\nparameters: [{key: seed, values: [2]}]\n"))
        .hasMessageStartingWith(file + ": base.netwrk: unknown key");
    Files.writeString(dir.resolve("typo.yaml"), "steps: 10\nnetwrk: {}\n");
    assertThat(error("base: typo.yaml\nparameters: [{key: seed, values: [2]}]\n"))
        .hasMessageStartingWith(dir.resolve("typo.yaml") + ": netwrk: unknown key");
    assertThat(error("base: sub/../typo.yaml\nparameters: [{key: seed, values: [2]}]\n"))
        .as("named by its plain path").hasMessageStartingWith(dir.resolve("typo.yaml") + ": netwrk: unknown key");
    Files.writeString(dir.resolve("broken.yaml"), "steps: 10\nsteps: 12\n");
    assertThat(error("base: broken.yaml\nparameters: [{key: seed, values: [2]}]\n"))
        .hasMessage(dir.resolve("broken.yaml") + ": line 2: duplicate key \"steps\"");
    Path missing = dir.resolve("none.yaml");
    assertThat(assertThrows(ScenarioException.class, () -> SweepReader.read(missing, List.of())))
        .hasMessage(missing + ": no such file");
  }

  @Test
  void chartMetricsDefaultToTheAnalysisOutputsOrAFewKeyMetrics() throws IOException {
    String grid = "base: tiny.yaml\nparameters: [{key: campaign.appeal, values: [1, 2]}]\n";
    assertThat(SweepReader.read(sweep(grid), List.of()).chartMetrics())
        .containsExactly("reach_fraction", "viral", "engagement_rate", "roi");
    assertThat(SweepReader.read(sweep(grid + "analysis: {method: morris, outputs: [cascade_size, reach]}\n"), List.of())
        .chartMetrics()).containsExactly("cascade_size", "reach");
    SweepPlan chosen = SweepReader.read(sweep(grid + "charts: {metrics: [viral, time_to_peak, viral]}\n"), List.of());
    assertThat(chosen.chartMetrics()).containsExactly("viral", "time_to_peak");
    assertThat(SweepReader.read(sweep(grid + "charts: {metrics: []}\n"), List.of()).chartMetrics()).isEmpty();
  }

  @Test
  void chartMetricsMustBeMetricsOfTheRuns() throws IOException {
    String file = dir.resolve("s.yaml").toString();
    String grid = "base: tiny.yaml\nparameters: [{key: campaign.appeal, values: [1, 2]}]\n";
    assertThat(error(grid + "charts: {metrics: [reach, rech]}\n"))
        .hasMessageStartingWith(file + ": charts.metrics[1]: unknown metric rech; expected one of reach, reach_fraction,");
    assertThat(error(grid + "charts: {metrics: [viral_fraction]}\n")).hasMessage(file + ": charts.metrics[0]: unknown"
        + " metric viral_fraction; the viral fraction is the mean of viral, so name viral");
    assertThat(error(grid + "charts: {metric: [reach]}\n")).hasMessageStartingWith(file + ": charts.metric: unknown key");
    assertThat(error(grid + "charts: [reach]\n")).hasMessageStartingWith(file + ": charts: must be a mapping");
    assertThat(error(grid + "charts: {metrics: reach}\n")).hasMessageStartingWith(file + ": charts.metrics: must be a list");
  }

  @Test
  void anInvalidPointIsReportedWithItsValues() throws IOException {
    assertThat(error("base: tiny.yaml\nparameters: [{key: steps, values: [4]}, {key: network.mean_degree, values: [4, -1]}]\n"))
        .hasMessageStartingWith(dir.resolve("s.yaml") + ": point 1 (steps=4, network.mean_degree=-1) is not a valid"
            + " scenario: network.mean_degree: ");
    assertThat(error("base: tiny.yaml\nparameters: [{key: campaign.appeal, from: -1, to: 1, steps: 3}]\n"))
        .as("a whole number from a range is written as the file writes it")
        .hasMessageStartingWith(dir.resolve("s.yaml") + ": point 0 (campaign.appeal=-1) is not a valid scenario");
  }
}
