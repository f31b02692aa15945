package org.viralsim.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.viralsim.config.Assignment;
import org.viralsim.config.Defaults;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.SeedingStrategy;

class ScenarioReaderTest {
  @TempDir Path dir;

  private Scenario yaml(String text) {
    return ScenarioReader.read(text, "s.yaml", dir, List.of());
  }

  private ScenarioException yamlError(String text) {
    return assertThrows(ScenarioException.class, () -> yaml(text));
  }

  private static void assertError(ScenarioException e, String file, String keyPath, String reason) {
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.keyPath()).isEqualTo(keyPath);
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.getMessage()).isEqualTo(file + ": " + (keyPath == null ? "" : keyPath + ": ") + reason);
  }

  @Test
  void aMinimalFileGetsEveryDefault() {
    assertThat(yaml("name: default\n")).isEqualTo(Defaults.scenario());
    assertThat(ScenarioReader.readDefault(List.of())).isEqualTo(Defaults.scenario());
  }

  @Test
  void nullValuesCountAsAbsent() {
    assertThat(yaml("name: default\nsteps:\nnetwork: null\npopulation:\n")).isEqualTo(Defaults.scenario());
  }

  @Test
  void readsEverySectionFromYaml() {
    Scenario s = yaml("""
        name: launch-1
        seed: -7
        steps: 48
        replications: 5
        viral_threshold: 0.2
        network: {type: watts_strogatz, nodes: 500, mean_degree: 6, rewiring: 0.3, seed: 99}
        population:
          roles:
            lurker: {share: 0.8}
            creator: {share: 0.2, post_rate: 2}
          assignment: by_degree
          degree_bias: 0.5
        campaign:
          appeal: 2.5
          start: 3
          seeding: {strategy: top_degree, count: 4}
        diffusion: {model: independent_cascade}
        """);
    assertThat(s.name()).isEqualTo("launch-1");
    assertThat(s.seed()).isEqualTo(-7);
    assertThat(s.steps()).isEqualTo(48);
    assertThat(s.replications()).isEqualTo(5);
    assertThat(s.viralThreshold()).isEqualTo(0.2);
    assertThat(s.network()).isEqualTo(new NetworkSpec.WattsStrogatz(500, 6, 0.3, 99L));
    assertThat(s.population().roleNames()).containsExactly("lurker", "creator");
    Role lurker = Defaults.LURKER;
    assertThat(s.population().roles().get("lurker"))
        .isEqualTo(new Role(0.8, lurker.activity(), lurker.postRate(), lurker.reshare(), lurker.comment()));
    assertThat(s.population().roles().get("creator").postRate()).isEqualTo(2.0);
    assertThat(s.population().roles().get("creator").activity()).isEqualTo(Defaults.CREATOR.activity());
    assertThat(s.population().assignment()).isEqualTo(Assignment.BY_DEGREE);
    assertThat(s.population().degreeBias()).isEqualTo(0.5);
    assertThat(s.campaign().appeal()).isEqualTo(2.5);
    assertThat(s.campaign().start()).isEqualTo(3);
    assertThat(s.campaign().seeding().strategy()).isEqualTo(SeedingStrategy.TOP_DEGREE);
    assertThat(s.campaign().seeding().count()).isEqualTo(4);
  }

  @Test
  void jsonReadsLikeYaml() {
    String json = """
        {"name": "j", "steps": 10, "network": {"type": "sbm", "blocks": [30, 20], "p_out": 0.01},
         "campaign": {"seeding": {"users": [3, "alice"]}}}
        """;
    Scenario s = ScenarioReader.read(json, "s.json", dir, List.of());
    assertThat(s).isEqualTo(yaml(json));
    assertThat(s.network()).isEqualTo(new NetworkSpec.Sbm(List.of(30, 20), Defaults.SBM_P_IN, 0.01, null));
    assertThat(s.campaign().seeding().strategy()).isEqualTo(SeedingStrategy.USERS);
    assertThat(s.campaign().seeding().users()).containsExactly("3", "alice");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "erdos_renyi     | {type: erdos_renyi}",
      "watts_strogatz  | {type: watts_strogatz}",
      "barabasi_albert | {type: barabasi_albert}",
      "powerlaw        | {type: powerlaw}",
  })
  void networkTypesFillTheirDefaults(String type, String network) {
    NetworkSpec expected = switch (type) {
      case "erdos_renyi" -> new NetworkSpec.ErdosRenyi(10_000, 10, null);
      case "watts_strogatz" -> new NetworkSpec.WattsStrogatz(10_000, 10, 0.1, null);
      case "barabasi_albert" -> new NetworkSpec.BarabasiAlbert(10_000, 10, null);
      default -> new NetworkSpec.PowerLaw(10_000, 2.5, 2, 1000, null);
    };
    assertThat(yaml("network: " + network).network()).isEqualTo(expected);
  }

  @Test
  void integralFloatsCountAsIntegers() {
    assertThat(yaml("network: {type: barabasi_albert, nodes: 1e4, mean_degree: 4.0}").network())
        .isEqualTo(new NetworkSpec.BarabasiAlbert(10_000, 4, null));
  }

  @Test
  void edgeListPathIsResolvedAgainstTheScenarioFolder() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    Files.writeString(data.resolve("edges.txt"), "a b\n");
    Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
    Path file = Files.writeString(scenarios.resolve("s.yaml"),
        "network: {type: edge_list, path: ../data/edges.txt, directed: true}\n");
    NetworkSpec.EdgeList net = (NetworkSpec.EdgeList) ScenarioReader.read(file, List.of()).network();
    assertThat(net.path()).isEqualTo("../data/edges.txt");
    assertThat(net.resolved()).isEqualTo(data.resolve("edges.txt").toAbsolutePath().normalize().toString());
    assertThat(net.directed()).isTrue();
  }

  @Test
  void missingEdgeListNamesTheResolvedPath() {
    String expected = dir.resolve("nope.txt").toAbsolutePath().normalize().toString();
    assertError(yamlError("network: {type: edge_list, path: ./nope.txt}"), "s.yaml", "network.path",
        "no such file: " + expected);
  }

  @Test
  void fileProblems() throws IOException {
    Path missing = dir.resolve("missing.yaml");
    assertError(assertThrows(ScenarioException.class, () -> ScenarioReader.read(missing, List.of())),
        missing.toString(), null, "no such file");
    Path empty = Files.writeString(dir.resolve("empty.yml"), "  \n");
    assertError(assertThrows(ScenarioException.class, () -> ScenarioReader.read(empty, List.of())),
        empty.toString(), null, "is empty");
    Path comments = Files.writeString(dir.resolve("c.yaml"), "# nothing yet\n");
    assertError(assertThrows(ScenarioException.class, () -> ScenarioReader.read(comments, List.of())),
        comments.toString(), null, "is empty");
    Path text = Files.writeString(dir.resolve("s.txt"), "steps: 3\n");
    assertError(assertThrows(ScenarioException.class, () -> ScenarioReader.read(text, List.of())),
        text.toString(), null, "unknown file type; expected .yaml, .yml or .json");
  }

  @Test
  void syntaxErrorsGiveTheLine() {
    ScenarioException yaml = yamlError("name: x\nsteps: 3\n  seed: 2\n");
    assertError(yaml, "s.yaml", null, "line 3: mapping values are not allowed here");
    assertThat(yamlError("network:\n\ttype: sbm\n").reason()).startsWith("line 2: ").contains("TAB");
    ScenarioException json = assertThrows(ScenarioException.class,
        () -> ScenarioReader.read("{\n\"steps\": 3,\n}", "s.json", dir, List.of()));
    assertThat(json.keyPath()).isNull();
    assertThat(json.reason()).startsWith("line 3: ");
    assertThat(json.getMessage()).doesNotContain("\n");
  }

  @Test
  void duplicateKeysAreSyntaxErrors() {
    assertError(yamlError("steps: 3\nseed: 1\nsteps: 4\n"), "s.yaml", null, "line 3: duplicate key \"steps\"");
  }

  @Test
  void topLevelMustBeAMapping() {
    assertError(yamlError("- a\n- b\n"), "s.yaml", null, "must be a mapping of keys to values at the top level, was a list");
  }

  @Test
  void unknownKeysListTheAllowedOnes() {
    assertError(yamlError("population: {roles: {creator: {sharee: 0.01}, contributor: {}, lurker: {}}}"),
        "s.yaml", "population.roles.creator.sharee",
        "unknown key; expected one of share, activity, post_rate, reshare, comment; did you mean share?");
    assertError(yamlError("stepz: 4"), "s.yaml", "stepz",
        "unknown key; expected one of name, seed, steps, replications, viral_threshold, network, population,"
            + " campaign, campaigns, brand, brands, consumers, diffusion; did you mean steps?");
    assertError(yamlError("campaign: {seeding: {colour: red}}"), "s.yaml", "campaign.seeding.colour",
        "unknown key; expected one of strategy, count, users, cost_per_seed");
  }

  @Test
  void networkKeysDependOnTheType() {
    assertError(yamlError("network: {type: barabasi_albert, rewiring: 0.2}"), "s.yaml", "network.rewiring",
        "unknown key for type barabasi_albert; expected one of type, nodes, mean_degree, seed");
    assertError(yamlError("network: {type: edge_list, path: x, seed: 3}"), "s.yaml", "network.seed",
        "unknown key for type edge_list; expected one of type, path, directed");
  }

  @Test
  void requiredKeys() {
    assertError(yamlError("network: {nodes: 100}"), "s.yaml", "network.type",
        "is required; expected one of erdos_renyi, watts_strogatz, barabasi_albert, powerlaw, sbm, edge_list, webgraph");
    assertError(yamlError("network: {type: sbm}"), "s.yaml", "network.blocks",
        "is required for type sbm (a list of block sizes)");
    assertError(yamlError("network: {type: edge_list}"), "s.yaml", "network.path", "is required for type edge_list");
    assertError(yamlError("population: {roles: {poster: {share: 1, activity: 0.5, post_rate: 1, reshare: 0.1}}}"),
        "s.yaml", "population.roles.poster.comment",
        "is required (only the built-in roles creator, contributor, lurker have defaults)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "steps: ten                       | steps                   | must be an integer, was \"ten\"",
      "steps: 2.5                       | steps                   | must be an integer, was 2.5",
      "steps: true                      | steps                   | must be an integer, was true",
      "steps: [1]                       | steps                   | must be an integer, was a list",
      "steps: \"10\"                    | steps                   | must be an integer, was \"10\"",
      "viral_threshold: {a: 1}          | viral_threshold         | must be a number, was a mapping",
      "viral_threshold: high            | viral_threshold         | must be a number, was \"high\"",
      "name: [a]                        | name                    | must be a string, was a list",
      "name: 1.5                        | name                    | must be a string, was 1.5",
      "network: 5                       | network                 | must be a mapping, was 5",
      "population: {roles: [a]}         | population.roles        | must be a mapping, was a list",
      "network: {type: edge_list, path: x, directed: yes} | network.directed | must be true or false, was \"yes\"",
      "network: {type: sbm, blocks: 100}  | network.blocks        | must be a list of integers, was 100",
      "network: {type: sbm, blocks: [10, x]} | network.blocks[1] | must be an integer, was \"x\"",
      "campaign: {seeding: {users: [a, 1.5]}} | campaign.seeding.users[1] | must be a string or an integer, was 1.5",
      "campaign: {seeding: {users: bob}} | campaign.seeding.users | must be a list of ids, was \"bob\"",
  })
  void wrongTypes(String text, String keyPath, String reason) {
    assertError(yamlError(text), "s.yaml", keyPath, reason);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "steps: 99999999999          | steps        | must be at most 2147483647, was 99999999999",
      "campaign: {start: -3000000000} | campaign.start | must be at least -2147483648, was -3000000000",
      "seed: 99999999999999999999  | seed         | must be at most 9223372036854775807, was 99999999999999999999",
      "viral_threshold: .nan       | viral_threshold | must be a finite number, was NaN",
      "campaign: {appeal: .inf}    | campaign.appeal | must be a finite number, was Infinity",
      "viral_threshold: 1e400      | viral_threshold | must be a finite number, was Infinity",
  })
  void numbersOutsideTheirType(String text, String keyPath, String reason) {
    assertError(yamlError(text), "s.yaml", keyPath, reason);
  }

  @Test
  void nanInJsonGetsTheSameMessage() {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioReader.read("{\"viral_threshold\": NaN}", "s.json", dir, List.of()));
    assertError(e, "s.json", "viral_threshold", "must be a finite number, was NaN");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "population: {roles: {creator: {share: 0.05}}} | population.roles | shares must sum to 1, they sum to 0.05",
      "population: {roles: {creator: {share: 0.05}, lurker: {share: 0.9}}} | population.roles | shares must sum to 1, they sum to 0.95",
      "population: {roles: {lurker: {share: 1, reshare: 1.5}}} | population.roles.lurker.reshare | must be in [0, 1], was 1.5",
      "population: {roles: {}}                         | population.roles | must name at least one role",
      "population: {roles: {my-role: {share: 1, activity: 1, post_rate: 1, reshare: 1, comment: 1}}} | population.roles.my-role | role names must start with a letter and use only letters, digits and _",
      "population: {degree_bias: -1}                   | population.degree_bias | must be in [0, 10], was -1",
      "campaign: {seeding: {count: 0}}                 | campaign.seeding.count | must be at least 1, was 0",
      "campaign: {seeding: {strategy: random, users: [a]}} | campaign.seeding.users | is only allowed with strategy users",
      "campaign: {seeding: {users: [a, b, a]}}         | campaign.seeding.users | lists a node id more than once",
      "{steps: 5, campaign: {start: 5}}                | campaign.start   | must be before steps (5), was 5",
      "steps: 0                                        | steps            | must be at least 1, was 0",
      "name: bad name                                  | name             | must start with a letter or digit and use only letters, digits, '.', '-' and '_' (at most 100), was \"bad name\"",
      "network: {type: watts_strogatz, mean_degree: 5} | network.mean_degree | must be even, was 5",
      "network: {type: powerlaw, nodes: 500}           | network.max_degree | must be less than nodes (500), was 1000",
      "network: {type: sbm, blocks: [10, 0]}           | network.blocks[1] | must be a positive size, was 0",
      "network: {type: erdos_renyi, nodes: 1}          | network.nodes    | must be at least 2, was 1",
  })
  void rangeErrorsCarryTheFullPath(String text, String keyPath, String reason) {
    assertError(yamlError(text), "s.yaml", keyPath, reason);
  }

  @Test
  void unknownEnumValues() {
    assertError(yamlError("network: {type: ba}"), "s.yaml", "network.type",
        "unknown value \"ba\"; expected one of erdos_renyi, watts_strogatz, barabasi_albert, powerlaw, sbm, edge_list, webgraph");
    assertError(yamlError("population: {assignment: BY_DEGREE}"), "s.yaml", "population.assignment",
        "unknown value \"BY_DEGREE\"; expected one of random, by_degree; did you mean by_degree?");
    assertError(yamlError("campaign: {seeding: {strategy: top-degree}}"), "s.yaml", "campaign.seeding.strategy",
        "unknown value \"top-degree\"; expected one of random, top_degree, k_core, pagerank, creators, users; did you mean top_degree?");
    assertError(yamlError("diffusion: {model: 3}"), "s.yaml", "diffusion.model",
        "must be one of independent_cascade, feed, threshold, was 3");
  }

  @Test
  void integerNamesAndIdsAreKeptAsText() {
    Scenario s = yaml("name: 2024\ncampaign: {seeding: {strategy: users, users: [12, \"007\", bob]}}");
    assertThat(s.name()).isEqualTo("2024");
    assertThat(s.campaign().seeding().users()).containsExactly("12", "007", "bob");
    assertThat(s.campaign().seeding().count()).isEqualTo(3);
  }

  @Test
  void messagesStayOnOneLine() {
    ScenarioException e = yamlError("a: [1,\n b");
    assertThat(e.getMessage()).doesNotContain("\n").startsWith("s.yaml: line 2: ");
    assertThat(e.reason()).doesNotContain("in reader");
  }

  @Test
  void theExamplesInTheFormatReferenceAgree() throws IOException {
    String doc = Files.readString(Path.of("docs", "scenario.md"));
    String yamlExample = block(doc, "```yaml\n");
    String jsonExample = block(doc, "```json\n");
    Scenario fromYaml = yaml(yamlExample);
    assertThat(ScenarioReader.read(jsonExample, "example.json", dir, List.of())).isEqualTo(fromYaml);
    assertThat(fromYaml.network()).isEqualTo(new NetworkSpec.PowerLaw(20_000, 2.3, 2, 1000, 11L));
    assertThat(fromYaml.population().roles().get("lurker").reshare()).isEqualTo(0.01);
  }

  private static String block(String doc, String fence) {
    int start = doc.indexOf(fence) + fence.length();
    return doc.substring(start, doc.indexOf("```", start));
  }
}
