package org.viralsim.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.config.Defaults;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.SeedingStrategy;

class OverridesTest {
  @TempDir Path dir;

  private static final String FILE = """
      name: base
      steps: 72
      network: {type: barabasi_albert, nodes: 1000, mean_degree: 4, seed: 5}
      """;

  private Scenario read(String text, String... sets) {
    return ScenarioReader.read(text, "s.yaml", dir, List.of(sets));
  }

  private ScenarioException error(String text, String... sets) {
    return assertThrows(ScenarioException.class, () -> read(text, sets));
  }

  private static ScenarioException defaultError(String... sets) {
    return assertThrows(ScenarioException.class, () -> ScenarioReader.readDefault(List.of(sets)));
  }

  private static void assertError(ScenarioException e, String file, String keyPath, String reason) {
    assertThat(e.file()).isEqualTo(file);
    assertThat(e.keyPath()).isEqualTo(keyPath);
    assertThat(e.reason()).isEqualTo(reason);
  }

  @Test
  void scalarsReplaceFileValues() {
    Scenario s = read(FILE, "steps=10", "viral_threshold=0.25", "name=other");
    assertThat(s.steps()).isEqualTo(10);
    assertThat(s.viralThreshold()).isEqualTo(0.25);
    assertThat(s.name()).isEqualTo("other");
  }

  @Test
  void theLastSettingOfAKeyWins() {
    assertThat(read(FILE, "steps=5", "steps=6").steps()).isEqualTo(6);
  }

  @Test
  void listValuesAndImpliedUsersStrategy() {
    Scenario s = ScenarioReader.readDefault(List.of("campaign.seeding.users=[a, 17, b]"));
    assertThat(s.campaign().seeding().strategy()).isEqualTo(SeedingStrategy.USERS);
    assertThat(s.campaign().seeding().users()).containsExactly("a", "17", "b");
  }

  @Test
  void missingMappingsAreCreated() {
    Scenario s = ScenarioReader.readDefault(List.of("network.type=erdos_renyi", "network.nodes=500", "campaign.seeding.count=3"));
    assertThat(s.network()).isEqualTo(new NetworkSpec.ErdosRenyi(500, Defaults.MEAN_DEGREE, null));
    assertThat(s.campaign().seeding().count()).isEqualTo(3);
  }

  @Test
  void networkTypeCanChangeKeepingSharedKeys() {
    assertThat(read(FILE, "network.type=erdos_renyi").network()).isEqualTo(new NetworkSpec.ErdosRenyi(1000, 4, 5L));
  }

  @Test
  void aWholeMappingCanBeSetInFlowStyle() {
    assertThat(read(FILE, "network={type: powerlaw, nodes: 500, max_degree: 50}").network())
        .isEqualTo(new NetworkSpec.PowerLaw(500, Defaults.POWERLAW_EXPONENT, Defaults.POWERLAW_MIN_DEGREE, 50, null));
  }

  @Test
  void anEmptyValueRestoresTheDefault() {
    assertThat(read(FILE, "network.seed=").network().seed()).isNull();
    assertThat(read(FILE, "steps=null").steps()).isEqualTo(Defaults.STEPS);
  }

  @Test
  void theDefaultNetworkCanBeTunedOneKeyAtATime() {
    assertThat(ScenarioReader.readDefault(List.of("network.nodes=2000")).network())
        .isEqualTo(new NetworkSpec.BarabasiAlbert(2000, Defaults.MEAN_DEGREE, null));
    assertThat(ScenarioReader.readDefault(List.of("network.type=erdos_renyi", "network.nodes=500")).network())
        .as("a type set first starts from nothing").isInstanceOf(NetworkSpec.ErdosRenyi.class);
  }

  @Test
  void defaultRolesCanBeTunedOneAtATime() {
    Scenario s = ScenarioReader.readDefault(List.of("population.roles.creator.share=0.02",
        "population.roles.lurker.share=0.89"));
    assertThat(s.population().roleNames()).containsExactly("creator", "contributor", "lurker");
    Role c = Defaults.CREATOR;
    assertThat(s.population().roles().get("creator"))
        .isEqualTo(new Role(0.02, c.activity(), c.postRate(), c.reshare(), c.comment()));
    assertThat(s.population().roles().get("lurker").share()).isEqualTo(0.89);
  }

  @Test
  void aMisspeltRoleOrBrandIsAnErrorNotANewOne() {
    assertError(defaultError("population.roles.lurkr.reshare=0.1"), "--set", "population.roles.lurkr.reshare",
        "cannot set it: population.roles has no \"lurkr\" (it has creator, contributor, lurker); --set changes"
            + " named entries, add new ones to the scenario file");
    String branded = FILE + "brands:\n  acme: {value: 40}\n  rival: {value: 30}\ncampaign: {brand: acme}\n";
    assertError(error(branded, "brands.acmee.value=3"), "--set", "brands.acmee.value",
        "cannot set it: brands has no \"acmee\" (it has acme, rival); --set changes named entries, add new ones to"
            + " the scenario file");
    assertError(error(branded, "brands.acmee={value: 3}"), "--set", "brands.acmee",
        "cannot set it: brands has no \"acmee\" (it has acme, rival); --set changes named entries, add new ones to"
            + " the scenario file");
    assertError(defaultError("population.roles.lurkr={share: 0.5}"), "--set", "population.roles.lurkr",
        "cannot set it: population.roles has no \"lurkr\" (it has creator, contributor, lurker); --set changes"
            + " named entries, add new ones to the scenario file");
    assertThat(read(branded, "brands.rival.value=3").brands().get(1).value()).isEqualTo(3);
    assertThat(read(branded, "brands.rival={value: 5}").brands().get(1).value()).isEqualTo(5);
  }

  @Test
  void malformedSettings() {
    assertError(defaultError("steps10"), "--set", null, "expected KEY.PATH=VALUE, was \"steps10\"");
    assertError(defaultError("=5"), "--set", null, "missing key before '=' in \"=5\"");
    assertError(defaultError("campaign..start=1"), "--set", "campaign..start", "empty key in the path");
    ScenarioException bad = defaultError("campaign.seeding.users=[a,");
    assertThat(bad.file()).isEqualTo("--set");
    assertThat(bad.keyPath()).isEqualTo("campaign.seeding.users");
    assertThat(bad.reason()).startsWith("cannot read value \"[a,\": ");
  }

  @Test
  void problemsFromSettingsAreBlamedOnThem() {
    assertError(error(FILE, "stepz=5"), "--set", "stepz",
        "unknown key; expected one of name, seed, steps, replications, viral_threshold, network, population,"
            + " campaign, campaigns, brand, brands, consumers, diffusion; did you mean steps?");
    assertError(error(FILE, "campaign.seedin.strategy=random"), "--set", "campaign.seedin",
        "unknown key; expected one of name, brand, sentiment, appeal, start, seeding, paid; did you mean seeding?");
    assertError(error(FILE, "steps=ten"), "--set", "steps", "must be an integer, was \"ten\"");
    assertError(error(FILE, "network.mean_degree=5"), "--set", "network.mean_degree", "must be even (2m), was 5");
    assertError(defaultError("network.type=sbm"), "--set", "network.blocks", "is required for type sbm (a list of block sizes)");
    assertError(error(FILE, "steps.max=1"), "--set", "steps.max", "cannot set it: steps is 72, not a mapping or a list");
  }

  @Test
  void problemsInTheFileStayWithTheFile() {
    assertError(error("stepz: 3\n", "seed=2"), "s.yaml", "stepz",
        "unknown key; expected one of name, seed, steps, replications, viral_threshold, network, population,"
            + " campaign, campaigns, brand, brands, consumers, diffusion; did you mean steps?");
    String misplaced = "network: {type: barabasi_albert, nodes: 1000, exponent: 2.5}\n";
    assertError(error(misplaced, "network.type=erdos_renyi"), "s.yaml", "network.exponent",
        "unknown key for type erdos_renyi; expected one of type, nodes, mean_degree, seed");
  }

  private ScenarioReader.Loaded load(String text, String... sets) {
    return ScenarioReader.load(text, "s.yaml", dir, List.of(sets));
  }

  @Test
  void changingTheNetworkTypeDropsTheOldTypesKeysWithANote() {
    ScenarioReader.Loaded l = load(FILE, "network.type=powerlaw", "network.max_degree=100");
    assertThat(l.scenario().network()).isEqualTo(new NetworkSpec.PowerLaw(1000, Defaults.POWERLAW_EXPONENT,
        Defaults.POWERLAW_MIN_DEGREE, 100, 5L));
    assertThat(l.notes()).containsExactly("--set network.type=powerlaw drops network.mean_degree (a key of barabasi_albert)");

    String ws = "network: {type: watts_strogatz, nodes: 300, mean_degree: 4, rewiring: 0.2}\n";
    l = load(ws, "network.type=sbm", "network.blocks=[100, 200]");
    assertThat(l.scenario().network()).isEqualTo(new NetworkSpec.Sbm(List.of(100, 200), Defaults.SBM_P_IN,
        Defaults.SBM_P_OUT, null));
    assertThat(l.notes()).containsExactly(
        "--set network.type=sbm drops network.nodes, network.mean_degree, network.rewiring (keys of watts_strogatz)");
  }

  @Test
  void keysTheNewTypeAcceptsAreKeptWithoutANote() {
    ScenarioReader.Loaded l = load(FILE, "network.type=erdos_renyi");
    assertThat(l.scenario().network()).isEqualTo(new NetworkSpec.ErdosRenyi(1000, 4, 5L));
    assertThat(l.notes()).isEmpty();
    assertThat(load(FILE, "network.type=barabasi_albert").notes()).isEmpty();
    assertThat(load(FILE, "steps=3").notes()).isEmpty();
  }

  @Test
  void aKeyGivenByAnEarlierSettingIsNotDroppedButReported() {
    assertError(error(FILE, "network.mean_degree=6", "network.type=powerlaw"), "--set", "network.mean_degree",
        "unknown key for type powerlaw; expected one of type, nodes, exponent, min_degree, max_degree, seed");
    // Set after the type, it is the user's latest word, and an error too.
    assertError(error(FILE, "network.type=powerlaw", "network.mean_degree=6"), "--set", "network.mean_degree",
        "unknown key for type powerlaw; expected one of type, nodes, exponent, min_degree, max_degree, seed");
  }

  @Test
  void anUnknownNetworkTypeDropsNothing() {
    assertThat(error(FILE, "network.type=powerlow").reason()).startsWith("unknown value \"powerlow\"");
    assertError(error("network: {type: powerlow, nodes: 100, exponent: 2.5}\n", "network.type=erdos_renyi"),
        "s.yaml", "network.exponent", "unknown key for type erdos_renyi; expected one of type, nodes, mean_degree, seed");
  }

  @Test
  void settingSeedUsersSwitchesTheStrategyToUsers() {
    String file = FILE + "campaign: {seeding: {strategy: top_degree, count: 3}}\n";
    ScenarioReader.Loaded l = load(file, "campaign.seeding.users=[0,5,9]");
    assertThat(l.scenario().campaign().seeding().strategy()).isEqualTo(SeedingStrategy.USERS);
    assertThat(l.scenario().campaign().seeding().users()).containsExactly("0", "5", "9");
    assertThat(l.scenario().campaign().seeding().costPerSeed()).isEqualTo(Defaults.costPerSeed(SeedingStrategy.USERS));
    assertThat(l.notes()).containsExactly("--set campaign.seeding.users sets campaign.seeding.strategy to users (was top_degree)");
    // A strategy set afterwards is the user's latest word.
    assertError(error(file, "campaign.seeding.users=[0]", "campaign.seeding.strategy=random"), "--set",
        "campaign.seeding.users", "is only allowed with strategy users");
    // So is one set before: the users do not overrule it.
    assertError(error(file, "campaign.seeding.strategy=random", "campaign.seeding.users=[0]"), "--set",
        "campaign.seeding.users", "is only allowed with strategy users");
    // Already users: nothing to say.
    assertThat(load(FILE + "campaign: {seeding: {users: [1]}}\n", "campaign.seeding.users=[2]").notes()).isEmpty();
  }

  @Test
  void settingSeedUsersOfOneOfSeveralCampaignsSwitchesItsStrategy() {
    String two = FILE + "campaigns: [{name: a, seeding: {strategy: random}}, {name: b, seeding: {strategy: creators}}]\n";
    ScenarioReader.Loaded l = load(two, "campaigns.1.seeding.users=[3, 4]");
    assertThat(l.scenario().campaigns().get(0).seeding().strategy()).isEqualTo(SeedingStrategy.RANDOM);
    assertThat(l.scenario().campaigns().get(1).seeding().strategy()).isEqualTo(SeedingStrategy.USERS);
    assertThat(l.scenario().campaigns().get(1).seeding().users()).containsExactly("3", "4");
    assertThat(l.notes()).containsExactly("--set campaigns.1.seeding.users sets campaigns.1.seeding.strategy to users (was creators)");
  }

  @Test
  void anEdgeListPathFromTheCommandLineIsRelativeToTheWorkingFolder() throws IOException {
    Path cwdFile = Files.createTempFile(Path.of("").toAbsolutePath().resolve("target"), "edges", ".txt");
    try {
      String relative = Path.of("").toAbsolutePath().relativize(cwdFile).toString();
      Scenario s = read(FILE, "network={type: edge_list, path: " + relative + "}");
      assertThat(((NetworkSpec.EdgeList) s.network()).resolved()).isEqualTo(cwdFile.toString());
    } finally {
      Files.delete(cwdFile);
    }
  }

  @Test
  void anEdgeListPathFromTheFileStaysRelativeToTheFile() throws IOException {
    Files.writeString(dir.resolve("e.txt"), "1 2\n");
    Scenario s = read("network: {type: edge_list, path: e.txt}\n", "network.directed=true");
    NetworkSpec.EdgeList net = (NetworkSpec.EdgeList) s.network();
    assertThat(net.resolved()).isEqualTo(dir.resolve("e.txt").toAbsolutePath().normalize().toString());
    assertThat(net.directed()).isTrue();
  }

  @Test
  void aNumericKeyPicksAListItem() {
    String twoCampaigns = "campaigns: [{name: a, appeal: 1}, {name: b, appeal: 2}]\n";
    Scenario s = read(twoCampaigns, "campaigns.1.appeal=5");
    assertThat(s.campaigns().get(0).appeal()).isEqualTo(1);
    assertThat(s.campaigns().get(1).appeal()).isEqualTo(5);
  }

  @Test
  void aListIndexMustExistAndBeANumber() {
    String one = "campaigns: [{name: a}]\n";
    assertError(error(one, "campaigns.1.appeal=5"), "--set", "campaigns.1.appeal",
        "cannot set it: campaigns has 1 items (indices from 0), not 2");
    assertError(error(one, "campaigns.first.appeal=5"), "--set", "campaigns.first.appeal",
        "cannot set it: campaigns is a list; use an item's 0-based index, not \"first\"");
  }
}
