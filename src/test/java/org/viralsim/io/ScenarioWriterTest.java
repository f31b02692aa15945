package org.viralsim.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.Assignment;
import org.viralsim.config.Campaign;
import org.viralsim.config.Defaults;
import org.viralsim.config.Diffusion;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Population;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import tools.jackson.databind.JsonNode;

class ScenarioWriterTest {
  @TempDir static Path shared;
  @TempDir Path dir;

  /** Texts a YAML writer could mistake for numbers, booleans, nulls or syntax. */
  private static final List<String> TRICKY_IDS = List.of("007", "12", "-3", "+5", "1e3", "1_000", "0x1F", "0o17",
      ".nan", ".inf", "-.Inf", "NaN", "Infinity", "true", "False", "yes", "no", "on", "null", "~", "", " x",
      "a b", "#tag", "a #b", "a: b", "- x", "[x]", "{x}", "*alias", "&anchor", "!tag", "%p", "@at", "`t`", "|",
      ">", "?", "'q'", "\"dq\"", "é", "line\nbreak");
  private static final List<String> TRICKY_NAMES = List.of("1e5", "007", "true", "null", "NaN", "Infinity",
      "1.5", "0x10", "5.", "1_0", "yes", "on", "2024", "a-b.c_d");

  static Stream<Scenario> randomScenarios() throws IOException {
    Path edges = Files.writeString(shared.resolve("edges.txt"), "a b\n").toAbsolutePath().normalize();
    Random r = new Random(20240611);
    List<Scenario> out = new ArrayList<>();
    for (int i = 0; i < 200; i++) out.add(randomScenario(r, edges.toString()));
    return out.stream();
  }

  private static Scenario randomScenario(Random r, String edges) {
    String name = r.nextInt(3) == 0 ? pick(r, TRICKY_NAMES) : "run" + r.nextInt(1000);
    int steps = 1 + r.nextInt(2000);
    Campaign campaign = new Campaign(number(r, 1000), r.nextInt(steps), seeding(r));
    return new Scenario(name, r.nextLong(), steps, 1 + r.nextInt(500), r.nextDouble(), network(r, edges),
        population(r), campaign, new Diffusion(DiffusionModel.INDEPENDENT_CASCADE));
  }

  private static NetworkSpec network(Random r, String edges) {
    Long seed = r.nextBoolean() ? null : r.nextLong();
    int nodes = 3 + r.nextInt(100_000);
    switch (r.nextInt(6)) {
      case 0: return new NetworkSpec.ErdosRenyi(nodes, r.nextDouble() * (nodes - 1), seed);
      case 1: return new NetworkSpec.WattsStrogatz(nodes, 2 * (1 + r.nextInt((nodes - 1) / 2)), r.nextDouble(), seed);
      case 2: return new NetworkSpec.BarabasiAlbert(nodes, 2 * (1 + r.nextInt(nodes - 1)), seed);
      case 3: {
        int min = 1 + r.nextInt(nodes - 1);
        return new NetworkSpec.PowerLaw(nodes, 1.01 + r.nextDouble() * 8.99, min, min + r.nextInt(nodes - min), seed);
      }
      case 4: {
        List<Integer> blocks = new ArrayList<>();
        for (int b = 0, k = 1 + r.nextInt(5); b < k; b++) blocks.add(2 + r.nextInt(1000));
        return new NetworkSpec.Sbm(blocks, r.nextDouble(), r.nextDouble(), seed);
      }
      default: return new NetworkSpec.EdgeList(edges, edges, r.nextBoolean());
    }
  }

  private static Population population(Random r) {
    Map<String, Role> roles = new LinkedHashMap<>();
    if (r.nextInt(4) == 0) {
      roles = Defaults.roles();
    } else {
      int k = 1 + r.nextInt(6);
      double[] weights = new double[k];
      double total = 0;
      for (int i = 0; i < k; i++) total += weights[i] = 0.01 + r.nextDouble();
      List<String> names = new ArrayList<>(List.of("lurker", "creator", "contributor"));
      for (int i = 0; i < k; i++) {
        String name = i < names.size() && r.nextBoolean() ? names.get(i) : "role_" + i;
        roles.put(name, new Role(weights[i] / total, probability(r), number(r, 1000), probability(r), probability(r)));
      }
      double sum = roles.values().stream().mapToDouble(Role::share).sum();
      if (Math.abs(sum - 1) > Population.SHARE_SUM_TOLERANCE) throw new AssertionError("bad generator");
    }
    Assignment assignment = Assignment.values()[r.nextInt(Assignment.values().length)];
    return new Population(roles, assignment, number(r, 10));
  }

  private static Seeding seeding(Random r) {
    SeedingStrategy strategy = SeedingStrategy.values()[r.nextInt(SeedingStrategy.values().length)];
    if (strategy != SeedingStrategy.USERS) return new Seeding(strategy, 1 + r.nextInt(10_000), List.of());
    Set<String> users = new LinkedHashSet<>();
    for (int i = 0, k = 1 + r.nextInt(8); i < k; i++) {
      users.add(r.nextBoolean() ? pick(r, TRICKY_IDS) : Integer.toString(r.nextInt(100_000)));
    }
    return new Seeding(strategy, 0, new ArrayList<>(users));
  }

  /** Values in [0, max], often at the edges or whole, where formatting differs. */
  private static double number(Random r, double max) {
    switch (r.nextInt(5)) {
      case 0: return 0;
      case 1: return max;
      case 2: return r.nextInt((int) max + 1);
      case 3: return r.nextDouble() * 1e-6;
      default: return r.nextDouble() * max;
    }
  }

  private static double probability(Random r) { return number(r, 1); }

  private static <T> T pick(Random r, List<T> list) { return list.get(r.nextInt(list.size())); }

  @ParameterizedTest
  @MethodSource("randomScenarios")
  void yamlReadsBackEqual(Scenario s) {
    String yaml = ScenarioWriter.toYaml(s);
    Scenario back = ScenarioReader.read(yaml, "written.yaml", dir, List.of());
    assertThat(back).as(yaml).isEqualTo(s);
    assertThat(back.population().roleNames()).containsExactly(s.population().roleNames());
  }

  @ParameterizedTest
  @MethodSource("randomScenarios")
  void jsonReadsBackEqual(Scenario s) {
    String json = ScenarioWriter.toJson(s);
    assertThat(ScenarioReader.read(json, "written.json", dir, List.of())).as(json).isEqualTo(s);
  }

  @Test
  void everyKeyIsWritten() {
    JsonNode tree = ScenarioReader.YAML.readTree(ScenarioWriter.toYaml(Defaults.scenario()));
    assertThat(tree.propertyNames()).containsExactly("name", "seed", "steps", "replications", "viral_threshold",
        "network", "population", "campaign", "brands", "consumers", "diffusion");
    assertThat(tree.get("network").propertyNames()).containsExactly("type", "nodes", "mean_degree");
    assertThat(tree.get("population").get("roles").propertyNames()).containsExactly("creator", "contributor", "lurker");
    assertThat(tree.get("population").get("roles").get("lurker").propertyNames())
        .containsExactly("share", "activity", "post_rate", "reshare", "comment");
    assertThat(tree.get("population").get("assignment").stringValue()).isEqualTo("random");
    assertThat(tree.get("campaign").propertyNames())
        .containsExactly("name", "brand", "sentiment", "appeal", "start", "seeding", "paid");
    assertThat(tree.get("campaign").get("seeding").propertyNames()).containsExactly("strategy", "count", "cost_per_seed");
    assertThat(tree.get("brands").propertyNames()).containsExactly("brand");
    assertThat(tree.get("diffusion").propertyNames()).containsExactly("model", "feed", "threshold");
    assertThat(tree.get("diffusion").get("model").stringValue()).isEqualTo("independent_cascade");
  }

  @Test
  void aFixedNetworkSeedIsWritten() {
    Scenario s = ScenarioReader.readDefault(List.of("network.type=erdos_renyi", "network.seed=42"));
    JsonNode network = ScenarioReader.YAML.readTree(ScenarioWriter.toYaml(s)).get("network");
    assertThat(network.get("seed").longValue()).isEqualTo(42);
    assertThat(network.get("mean_degree").doubleValue()).isEqualTo(10.0);
  }

  @Test
  void edgeListIsWrittenWithItsAbsolutePathAndReadsBackFromAnywhere() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("e.txt"), "1 2\n");
    Path file = Files.writeString(data.resolve("s.yaml"), "network: {type: edge_list, path: e.txt}\n");
    Scenario s = ScenarioReader.read(file, List.of());
    String yaml = ScenarioWriter.toYaml(s);
    JsonNode network = ScenarioReader.YAML.readTree(yaml).get("network");
    String resolved = ((NetworkSpec.EdgeList) s.network()).resolved();
    assertThat(network.get("path").stringValue()).isEqualTo(resolved);
    assertThat(network.has("resolved")).isFalse();
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    NetworkSpec.EdgeList back = (NetworkSpec.EdgeList) ScenarioReader.read(yaml, "w.yaml", elsewhere, List.of()).network();
    assertThat(back.resolved()).isEqualTo(resolved);
    assertThat(back.directed()).isFalse();
  }
}
