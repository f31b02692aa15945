package org.viralsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.InvalidValueException;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.Preflight;
import org.viralsim.graph.Graph;
import org.viralsim.gui.TrainerApp;
import org.viralsim.io.network.EdgeListReader;
import org.viralsim.io.scenario.ScenarioReader;
import org.viralsim.io.sweep.SweepReader;
import org.viralsim.job.MythJob;
import org.viralsim.sweep.SweepPlan;

/** Every scenario and sweep shipped under scenarios/ reads and passes the preflight checks (nothing is run). */
class ShippedScenariosTest {
  static final Path SCENARIOS = Path.of("scenarios");
  static final Path SWEEPS = SCENARIOS.resolve("sweeps");
  static final Path MYTHS = SCENARIOS.resolve("myths");
  /** The trainer window's list of lessons, not a scenario (its scenarios beside it are). */
  static final Path LESSON_INDEX = SCENARIOS.resolve("lessons").resolve("lessons.yaml");

  static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.walk(SCENARIOS)) {
      return s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void theScenariosAreFound() throws IOException {
    List<Path> files = files();
    assertThat(files).as("scenario files under %s", SCENARIOS.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(files).as("sweep files").anyMatch(p -> p.startsWith(SWEEPS));
    assertThat(files).as("myth files").anyMatch(p -> p.startsWith(MYTHS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void readsAndPassesPreflight(Path file) {
    Map<List<Object>, Graph> edgeLists = new HashMap<>();
    if (file.equals(LESSON_INDEX)) {
      assertThat(TrainerApp.lessonIds()).as("lessons of %s", file).isNotEmpty();
    } else if (file.startsWith(MYTHS)) {
      MythJob.check(file); // every family's scenarios read and preflighted
    } else if (file.startsWith(SWEEPS)) {
      SweepPlan plan = SweepReader.read(file, List.of());
      assertThat(plan.scenarios()).as("points of %s", file).isNotEmpty().hasSameSizeAs(plan.points());
      for (int i = 0; i < plan.scenarios().size(); i++) {
        preflight(plan.scenarios().get(i), edgeLists, file + " point " + plan.points().get(i).values());
      }
    } else {
      preflight(ScenarioReader.read(file, List.of()), edgeLists, file.toString());
    }
  }

  private static void preflight(Scenario scenario, Map<List<Object>, Graph> edgeLists, String label) {
    Graph graph = scenario.network() instanceof NetworkSpec.EdgeList e
        ? edgeLists.computeIfAbsent(List.of(e.resolved(), e.directed()),
            key -> EdgeListReader.read(Path.of(e.resolved()), e.directed()).graph())
        : null;
    try {
      Preflight.check(scenario, graph);
    } catch (InvalidValueException e) {
      throw new AssertionError(label + " does not pass preflight: " + e.getMessage(), e);
    }
  }
}
