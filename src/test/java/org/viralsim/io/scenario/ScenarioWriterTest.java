package org.viralsim.io.scenario;

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
import org.viralsim.config.Brand;
import org.viralsim.config.Campaign;
import org.viralsim.config.Defaults;
import org.viralsim.config.Diffusion;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Population;
import org.viralsim.config.ResponsePolicy;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.config.Targeting;
import org.viralsim.testing.RandomScenarios;
import tools.jackson.databind.JsonNode;

class ScenarioWriterTest {
  @TempDir static Path shared;
  @TempDir Path dir;

  /** Texts a YAML writer could mistake for numbers, booleans, nulls or syntax. */
  private static final List<String> TRICKY_IDS = List.of("007", "12", "-3", "+5", "1e3", "1_000", "0x1F", "0o17",
      ".nan", ".inf", "-.Inf", "NaN", "Infinity", "true", "False", "yes", "no", "on", "null", "~", "", " x",
      "a b", "#tag", "a #b", "a: b", "- x", "[x]", "{x}", "*alias", "&anchor", "!tag", "%p", "@at", "`t`", "|",
      ">", "?", "'q'", "\"dq\"", "é", "line\nbreak");
  /** Role names a YAML reader could take for booleans, nulls or numbers, one per position. */
  private static final List<String> TRICKY_ROLES = List.of("true", "null", "NaN", "Infinity", "yes", "off");
  static final List<String> TRICKY_NAMES = List.of("1e5", "007", "true", "null", "NaN", "Infinity",
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
    NetworkSpec network = network(r, edges);
    Population population = population(r);
    if (r.nextInt(4) == 0) {
      Campaign campaign = new Campaign(number(r, 1000), r.nextInt(steps), seeding(r));
      return new Scenario(name, r.nextLong(), steps, 1 + r.nextInt(500), r.nextDouble(), network, population, campaign,
          new Diffusion(DiffusionModel.INDEPENDENT_CASCADE));
    }
    List<Brand> brands = MarketSectionsGenerator.brands(r, steps);
    List<Campaign> campaigns = MarketSectionsGenerator.campaigns(r, steps, brands, population);
    return new Scenario(name, r.nextLong(), steps, 1 + r.nextInt(500), r.nextDouble(), network, population, campaigns,
        brands, MarketSectionsGenerator.consumers(r), MarketSectionsGenerator.diffusion(r, population));
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
        String name = i < names.size() && r.nextBoolean() ? names.get(i)
            : r.nextInt(4) == 0 ? TRICKY_ROLES.get(i) : "role_" + i;
        roles.put(name, new Role(weights[i] / total, probability(r), number(r, 1000), probability(r), probability(r)));
      }
      double sum = roles.values().stream().mapToDouble(Role::share).sum();
      if (Math.abs(sum - 1) > Population.SHARE_SUM_TOLERANCE) throw new AssertionError("bad generator");
    }
    Assignment assignment = Assignment.values()[r.nextInt(Assignment.values().length)];
    return new Population(roles, assignment, number(r, 10));
  }

  static Seeding seeding(Random r) {
    SeedingStrategy strategy = SeedingStrategy.values()[r.nextInt(SeedingStrategy.values().length)];
    double cost = r.nextBoolean() ? 0 : number(r, 1e6);
    if (strategy != SeedingStrategy.USERS) return new Seeding(strategy, 1 + r.nextInt(10_000), List.of(), cost);
    Set<String> users = new LinkedHashSet<>();
    for (int i = 0, k = 1 + r.nextInt(8); i < k; i++) {
      users.add(r.nextBoolean() ? pick(r, TRICKY_IDS) : Integer.toString(r.nextInt(100_000)));
    }
    return new Seeding(strategy, 0, new ArrayList<>(users), cost);
  }

  /** Values in [0, max], often at the edges or whole, where formatting differs. */
  static double number(Random r, double max) {
    switch (r.nextInt(5)) {
      case 0: return 0;
      case 1: return max;
      case 2: return Math.floor(r.nextDouble() * (max + 1));
      case 3: return r.nextDouble() * 1e-6;
      default: return r.nextDouble() * max;
    }
  }

  static double probability(Random r) { return number(r, 1); }

  static <T> T pick(Random r, List<T> list) { return list.get(r.nextInt(list.size())); }

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

  static List<Scenario> runnableScenarios() {
    return RandomScenarios.seeds(77_003L, 100).stream().map(seed -> RandomScenarios.of(seed).scenario()).toList();
  }

  /** The scenarios the model's property tests run, several campaigns, brands and incidents included. */
  @ParameterizedTest
  @MethodSource("runnableScenarios")
  void runnableScenariosReadBackEqual(Scenario s) {
    String yaml = ScenarioWriter.toYaml(s);
    assertThat(ScenarioReader.read(yaml, "written.yaml", dir, List.of())).as(yaml).isEqualTo(s);
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
  void theRandomScenariosCoverTheNewSections() throws IOException {
    List<Scenario> all = randomScenarios().toList();
    assertThat(all).anyMatch(s -> s.campaigns().size() > 3).anyMatch(s -> s.campaigns().size() == 1)
        .anyMatch(s -> s.brands().size() > 2)
        .anyMatch(s -> s.campaigns().stream().anyMatch(c -> TRICKY_NAMES.contains(c.name())))
        .anyMatch(s -> s.brands().stream().anyMatch(b -> TRICKY_NAMES.contains(b.name())))
        .anyMatch(s -> s.brands().stream().anyMatch(b -> b.incidents().size() > 1))
        .anyMatch(s -> s.brands().stream().anyMatch(b -> b.response().policy() == ResponsePolicy.RESPOND))
        .anyMatch(s -> s.campaigns().stream().anyMatch(c -> c.paid().targeting() == Targeting.ROLE))
        .anyMatch(s -> s.campaigns().stream().anyMatch(c -> c.paid().targeting() == Targeting.CREATOR_FOLLOWERS))
        .anyMatch(s -> s.diffusion().threshold().roles().keySet().stream().anyMatch(TRICKY_ROLES::contains))
        .anyMatch(s -> s.consumers().consultAlways() > 0 && s.consumers().consultAlways() < s.consumers().consult());
    for (DiffusionModel model : DiffusionModel.values()) assertThat(all).anyMatch(s -> s.diffusion().model() == model);
    for (int k = 0; k < 3; k++) {
      final int kind = k;
      assertThat(all).anyMatch(s -> s.diffusion().threshold().distribution().kind().equals(DiffusionSections.DISTRIBUTIONS.get(kind)));
    }
  }

  @Test
  void severalCampaignsAreWrittenAsAListWithEveryKey() {
    Scenario s = ScenarioReader.readDefault(List.of("campaigns=[{name: a, brand: acme, paid: {role: lurker}}, {name: b}]",
        "brands.acme.incidents=[{tick: 2, share: 0.5}]", "diffusion.threshold.roles.lurker.mean=0.3"));
    JsonNode tree = ScenarioReader.YAML.readTree(ScenarioWriter.toYaml(s));
    assertThat(tree.has("campaign")).isFalse();
    assertThat(tree.get("campaigns")).hasSize(2);
    assertThat(tree.get("campaigns").get(0).get("paid").propertyNames())
        .containsExactly("budget", "cpm", "targeting", "role", "start", "duration");
    assertThat(tree.get("campaigns").get(1).get("paid").propertyNames())
        .containsExactly("budget", "cpm", "targeting", "start", "duration");
    assertThat(tree.get("brands").propertyNames()).containsExactly("acme", "brand");
    JsonNode acme = tree.get("brands").get("acme");
    assertThat(acme.propertyNames()).containsExactly("value", "customers", "satisfaction", "response", "incidents");
    assertThat(acme.get("response").propertyNames())
        .containsExactly("policy", "delay", "coverage", "effectiveness", "cost_per_reply");
    assertThat(acme.get("incidents").get(0).propertyNames()).containsExactly("tick", "share", "among");
    assertThat(tree.get("consumers").propertyNames())
        .containsExactly("attitude", "purchase", "reviews", "complaints", "churn");
    assertThat(tree.get("consumers").get("reviews").propertyNames())
        .containsExactly("consult", "always", "read", "post", "appeal");
    assertThat(tree.get("consumers").get("complaints").propertyNames()).containsExactly("appeal");
    assertThat(tree.get("consumers").get("churn").propertyNames()).containsExactly("below", "announce", "appeal");
    assertThat(tree.get("diffusion").get("threshold").propertyNames()).containsExactly("distribution", "value", "roles");
    assertThat(tree.get("diffusion").get("threshold").get("roles").get("lurker").propertyNames())
        .containsExactly("distribution", "mean", "sd");
    assertThat(ScenarioReader.read(ScenarioWriter.toYaml(s), "w.yaml", dir, List.of())).isEqualTo(s);
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
