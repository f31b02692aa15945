package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input: exit code 2, one line on stderr naming the file and the key or line, nothing written. */
class RunCommandErrorsTest {
  private static final String NETWORK = "network: {type: erdos_renyi, nodes: 30, mean_degree: 3}\n";

  /**
   * @param scenario the scenario file's text, or null for no file
   * @param edges    the text of edges.txt next to it, or null for no edge file
   * @param expected fragments of the message; {scenario} and {edges} stand for the two paths
   */
  record Case(String name, String scenario, String edges, List<String> args, List<String> expected) {
    @Override public String toString() { return name; }
  }

  private static Case c(String name, String scenario, String edges, String... expected) {
    return new Case(name, scenario, edges, List.of(), List.of(expected));
  }

  static Stream<Case> cases() {
    return Stream.of(
        c("malformed YAML", "name: bad\nsteps: 10\n  replications: 3\n", null, "{scenario}: line 3: "),
        c("unclosed flow mapping", "name: bad\nnetwork: {type: erdos_renyi, nodes: 30\n", null, "{scenario}: line "),
        c("unknown key", "name: bad\nstepz: 10\n", null, "{scenario}: stepz: unknown key", "did you mean steps?"),
        c("unknown nested key", NETWORK + "campaign: {seeding: {strategy: random, cuont: 3}}\n", null,
            "{scenario}: campaign.seeding.cuont: unknown key"),
        c("wrong type", "steps: ten\n", null, "{scenario}: steps: must be an integer, was \"ten\""),
        c("wrong type in a role", "population: {roles: {creator: {share: 0.1}, lurker: {share: 0.9, activity: high}}}\n", null,
            "{scenario}: population.roles.lurker.activity: must be a number"),
        c("out of range", "population: {roles: {creator: {share: 1.5}}}\n", null,
            "{scenario}: population.roles.creator.share: must be in [0, 1], was 1.5"),
        c("out of range at top level", "viral_threshold: 2\n", null, "{scenario}: viral_threshold: must be in [0, 1], was 2"),
        c("shares not summing to 1", "population:\n  roles:\n    creator: {share: 0.05}\n    contributor: {share: 0.05}\n"
            + "    lurker: {share: 0.8}\n", null, "{scenario}: population.roles: shares must sum to 1, they sum to 0.9"),
        c("missing scenario file", null, null, "{scenario}: no such file"),
        c("edge list file missing", "network: {type: edge_list, path: nowhere.txt}\n", null,
            "{scenario}: network.path: no such file"),
        c("edge list with a broken line", "network: {type: edge_list, path: edges.txt}\ncampaign: {seeding: {count: 1}}\n",
            "a b\nb c\n# comment\nc\nd e\n", "{edges}: line 4: "),
        c("edge list with a bad weight", "network: {type: edge_list, path: edges.txt}\ncampaign: {seeding: {count: 1}}\n",
            "a b 1\nb c -2\n", "{edges}: line 2: ", "weight"),
        c("empty edge list", "network: {type: edge_list, path: edges.txt}\n", "", "{edges}: contains no edges"),
        c("edge list of comments only", "network: {type: edge_list, path: edges.txt}\n", "# u v\n\n# nothing\n",
            "{edges}: contains no edges"),
        c("users not in the edge list", "network: {type: edge_list, path: edges.txt}\ncampaign: {seeding: {users: [a, zed]}}\n",
            "a b\nb c\n", "{scenario}: campaign.seeding.users: ", "\"zed\""),
        c("users not in a generated network", NETWORK + "campaign: {seeding: {users: [0, 30]}}\n", null,
            "{scenario}: campaign.seeding.users: ", "\"30\""),
        c("more seeds than users", NETWORK + "campaign: {seeding: {count: 31}}\n", null,
            "{scenario}: campaign.seeding.count: ", "31", "30"),
        c("more seeds than users of an edge list", "network: {type: edge_list, path: edges.txt}\ncampaign: {seeding: {count: 4}}\n",
            "a b\nb c\n", "{scenario}: campaign.seeding.count: ", "4", "3"),
        c("more creators than the first role", NETWORK + "campaign: {seeding: {strategy: creators, count: 2}}\n", null,
            "{scenario}: campaign.seeding.count: ", "creator"),
        c("campaign after the end", "steps: 5\ncampaign: {start: 5}\n", null, "{scenario}: campaign.start: "),
        c("not a scenario file type", null, null, "{scenario}: ", "expected .yaml, .yml or .json"),
        c("campaign and campaigns", NETWORK + "campaign: {appeal: 2}\ncampaigns: [{}, {}]\n", null,
            "{scenario}: campaigns: give either campaign (one) or campaigns (a list), not both"),
        c("paid reach at cpm 0", NETWORK + "campaigns: [{}, {paid: {budget: 50, cpm: 0}}]\n", null,
            "{scenario}: campaigns[1].paid.cpm: must be in "),
        c("reply coverage above 1", NETWORK + "campaign: {brand: acme}\nbrands: {acme: {response: {coverage: 1.5}}}\n", null,
            "{scenario}: brands.acme.response.coverage: must be in [0, 1], was 1.5"),
        c("unknown key among consumers", NETWORK + "consumers: {reviews: {allways: 0.1}}\n", null,
            "{scenario}: consumers.reviews.allways: unknown key", "did you mean always?"),
        c("always above consult", NETWORK + "consumers: {reviews: {consult: 0.2, always: 0.4}}\n", null,
            "{scenario}: consumers.reviews.always: must be at most reviews.consult (0.2)"),
        c("incident after the end", NETWORK + "steps: 8\nbrands: {brand: {incidents: [{tick: 8, share: 0.1}]}}\n", null,
            "{scenario}: brands.brand.incidents[0].tick: must be before steps (8), was 8"),
        c("paid reach for a role nobody has", NETWORK + "campaigns: [{}, {paid: {budget: 5, role: vip}}]\n", null,
            "{scenario}: campaigns[1].paid.role: no such role \"vip\""),
        c("two campaigns of one name", NETWORK + "campaigns: [{name: a}, {name: a}]\n", null,
            "{scenario}: campaigns[1].name: \"a\" names two campaigns"),
        c("more seeds than users in a second campaign", NETWORK + "campaigns: [{seeding: {count: 2}}, {seeding: {count: 31}}]\n",
            null, "{scenario}: campaigns[1].seeding.count: ", "31", "30"),
        c("users of a second campaign not in the network", NETWORK + "campaigns: [{}, {seeding: {users: [0, 30]}}]\n", null,
            "{scenario}: campaigns[1].seeding.users: ", "\"30\""),
        c("users of a second campaign not in the edge list", "network: {type: edge_list, path: edges.txt}\n"
            + "campaigns: [{seeding: {users: [a]}}, {seeding: {users: [b, zed]}}]\n", "a b\nb c\n",
            "{scenario}: campaigns[1].seeding.users: ", "\"zed\""),
        c("more creators than the first role in a second campaign", NETWORK
            + "campaigns: [{seeding: {count: 1}}, {seeding: {strategy: creators, count: 2}}]\n", null,
            "{scenario}: campaigns[1].seeding.count: ", "creator"),
        new Case("--set of a bad coverage", NETWORK, null, List.of("--set", "brands.brand.response.coverage=2"),
            List.of("--set: brands.brand.response.coverage: must be in [0, 1], was 2")),
        new Case("bad --set value", NETWORK, null, List.of("--set", "steps=ten"), List.of("--set: steps: must be an integer")),
        new Case("--set of an unknown key", NETWORK, null, List.of("--set", "campaign.apeal=2"),
            List.of("--set: campaign.apeal: unknown key", "did you mean appeal?")),
        new Case("bad --replications", NETWORK, null, List.of("--replications", "0"), List.of("replications: must be at least 1")),
        new Case("bad --threads", NETWORK, null, List.of("--threads", "0"), List.of("--threads: must be 1 to 1024")));
  }

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputGivesOneLineAndWritesNothing(Case c) throws IOException {
    Path scenario = dir.resolve(c.name().startsWith("not a scenario") ? "scenario.txt" : "scenario.yaml");
    if (c.scenario() != null) Files.writeString(scenario, c.scenario());
    if (c.name().startsWith("not a scenario")) Files.writeString(scenario, NETWORK);
    Path edges = dir.resolve("edges.txt");
    if (c.edges() != null) Files.writeString(edges, c.edges());
    Path parent = Files.createDirectory(dir.resolve("results"));
    Path out = parent.resolve("run");
    List<String> before = listing(dir);

    List<String> args = new ArrayList<>(List.of("run", scenario.toString(), "--out", out.toString()));
    if (!c.args().contains("--threads")) args.addAll(List.of("--threads", "1"));
    args.addAll(c.args());
    Cli.Result r = Cli.execute(args.toArray(String[]::new));

    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).as(r.toString()).hasSize(1);
    String line = r.errLines().get(0);
    assertThat(line).startsWith("viralsim: ");
    for (String fragment : c.expected()) {
      assertThat(line).contains(fragment.replace("{scenario}", scenario.toString()).replace("{edges}", edges.toString()));
    }
    assertThat(r.out()).isEmpty();
    assertThat(out).doesNotExist();
    assertThat(listing(parent)).as("nothing, not even a staging folder, in the results folder").isEmpty();
    assertThat(listing(dir)).isEqualTo(before);
  }

  private static List<String> listing(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
