package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code viralsim myth} and {@code myths} end to end on a tiny family: verdicts.json, folders, messages. */
class MythCommandTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  @TempDir Path dir;

  @BeforeEach
  void families() throws IOException {
    Files.createDirectories(dir.resolve("families"));
    Files.createDirectories(dir.resolve("myths"));
    Files.writeString(dir.resolve("families/tiny.yaml"), RunCommandTest.SCENARIO);
    Files.writeString(dir.resolve("families/other.yaml"), RunCommandTest.SCENARIO.replace("name: tiny", "name: other")
        .replace("nodes: 120", "nodes: 150"));
  }

  private Path myth(String name, String text) throws IOException {
    return Files.writeString(dir.resolve("myths").resolve(name), text);
  }

  private static final String SAME = """
      id: MX
      claim: Appeal does not matter
      belief_share: 0.4
      source: a test
      families: [tiny, other]
      replications: 6
      quick_replications: 3
      experiment:
        type: compare
        a: {label: plain, set: [campaign.appeal=3]}
        b: {label: plain again, set: [campaign.appeal=3]}
      metric: reach
      predicts: no_difference
      """;

  @Test
  void aMythIsTestedOnEachFamilyIntoVerdictsJson() throws IOException {
    Path file = myth("mx.yaml", SAME);
    Cli.Result r = Cli.execute("myth", file.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("MX", "tiny: holds", "other: holds", "-> holds");
    JsonNode verdicts = JSON.readTree(dir.resolve("out/verdicts.json").toFile());
    assertThat(verdicts.size()).isEqualTo(3);
    JsonNode tiny = verdicts.get(0);
    for (String key : List.of("id", "family", "claim", "belief_share", "verdict", "metric", "effect", "ci95", "p_value",
        "replications", "sentence")) {
      assertThat(tiny.has(key)).as(key).isTrue();
    }
    assertThat(tiny.get("id").asString()).isEqualTo("MX");
    assertThat(tiny.get("family").asString()).isEqualTo("tiny");
    assertThat(tiny.get("belief_share").asDouble()).isEqualTo(0.4);
    assertThat(tiny.get("verdict").asString()).isEqualTo("holds");
    assertThat(tiny.get("effect").asDouble()).isZero();
    assertThat(tiny.get("ci95").get(0).asDouble()).isZero();
    assertThat(tiny.get("replications").asInt()).isEqualTo(6);
    assertThat(verdicts.get(2).get("family").asString()).isEqualTo("all");
    assertThat(verdicts.get(2).get("verdict").asString()).isEqualTo("holds");
    assertThat(dir.resolve("out/MX-tiny/comparison.csv")).exists();
    assertThat(dir.resolve("out/MX-other/a/runs.csv")).exists();
    assertThat(dir.resolve("out/report.html")).exists();
    assertThat(dir.resolve("out/MX_effect.png")).exists();
  }

  @Test
  void aRealDifferenceBustsTheClaimAndQuickRunsFewerReplications() throws IOException {
    Path file = myth("mx.yaml", SAME.replace("b: {label: plain again, set: [campaign.appeal=3]}",
        "b: {label: dull, set: [campaign.appeal=0.2, campaign.seeding.count=1]}"));
    Cli.Result r = Cli.execute("myth", file.toString(), "--quick", "--out", dir.resolve("out").toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode tiny = JSON.readTree(dir.resolve("out/verdicts.json").toFile()).get(0);
    assertThat(tiny.get("replications").asInt()).isEqualTo(3);
    assertThat(tiny.get("effect").asDouble()).isNegative();
  }

  @Test
  void aSweepMythReportsWhereTheMetricCrossesTheThreshold() throws IOException {
    Path file = myth("sw.yaml", """
        id: MS
        claim: Everything goes viral
        families: [tiny]
        replications: 6
        experiment: {type: sweep, parameter: campaign.appeal, values: [0.5, 2, 8, 32]}
        metric: viral
        predicts: {above: 0.5, at: 0.5}
        """);
    Cli.Result r = Cli.execute("myth", file.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode tiny = JSON.readTree(dir.resolve("out/verdicts.json").toFile()).get(0);
    assertThat(tiny.get("verdict").asString()).isIn("busted", "holds", "depends");
    assertThat(tiny.get("belief_share").isNull()).isTrue();
    assertThat(tiny.get("sentence").asString()).contains("at campaign.appeal = 0.500");
    assertThat(dir.resolve("out/MS-tiny/runs-3.csv")).exists();
    assertThat(dir.resolve("out/MS-tiny/viral_fraction_vs_campaign.appeal.png")).exists();
  }

  @Test
  void mythsRunsTheFolderAndOnlyPicksByIdTellingWhatIsMissing() throws IOException {
    myth("a.yaml", SAME);
    myth("b.yaml", SAME.replace("id: MX", "id: MY"));
    Cli.Result only = Cli.execute("myths", "--myths", dir.resolve("myths").toString(), "--only", "MY", "--quick",
        "--out", dir.resolve("out").toString());
    assertThat(only.exit()).as(only.toString()).isZero();
    assertThat(only.out()).contains("MY").doesNotContain("MX ");
    Cli.Result missing = Cli.execute("myths", "--myths", dir.resolve("myths").toString(), "--only", "M9");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.errLines()).containsExactly("viralsim: --only: no myth M9 in " + dir.resolve("myths")
        + " (it has MX, MY)");
  }

  @Test
  void mistakesInAMythFileAreOneLineNamingTheFileAndKey() throws IOException {
    Path bad = myth("bad.yaml", SAME.replace("metric: reach", "metric: rech"));
    Cli.Result r = Cli.execute("myth", bad.toString(), "--out", dir.resolve("out").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("viralsim: " + bad + ": metric: unknown metric rech");
    Path at = myth("at.yaml", "id: M\nclaim: c\nexperiment: {type: sweep, parameter: campaign.appeal, values: [1, 2]}\n"
        + "metric: reach\npredicts: {proportional: true, at: 2}\n");
    Cli.Result r2 = Cli.execute("myth", at.toString());
    assertThat(r2.errLines()).containsExactly("viralsim: " + at + ": predicts.at: twice it (4.0) must be one of the"
        + " experiment's values too");
    Path key = myth("key.yaml", SAME.replace("source: a test", "sauce: a test"));
    assertThat(Cli.execute("myth", key.toString()).errLines()).singleElement().asString()
        .startsWith("viralsim: " + key + ": sauce: unknown key");
    Path set = myth("set.yaml", SAME.replace("campaign.appeal=3]}\n  b", "campaign.apeal=3]}\n  b"));
    assertThat(Cli.execute("myth", set.toString()).errLines()).singleElement().asString()
        .startsWith("viralsim: " + set + ": experiment: on family tiny").contains("campaign.apeal");
    Path id = myth("id.yaml", SAME.replace("id: MX", "id: ../../away"));
    assertThat(Cli.execute("myth", id.toString()).errLines()).singleElement().asString()
        .startsWith("viralsim: " + id + ": id: must be letters, digits, _ or -");
    Path above = myth("above.yaml", "id: M\nclaim: c\nexperiment: {type: sweep, parameter: campaign.appeal, values: [1,"
        + " 2]}\nmetric: viral\npredicts: {above: 7, at: 1}\nfamilies: [tiny]\n");
    assertThat(Cli.execute("myth", above.toString()).errLines()).containsExactly("viralsim: " + above
        + ": predicts.above: must lie within the values viral can take, between 0 and 1, was 7.0");
    Path labels = myth("labels.yaml", SAME.replace("label: plain again", "label: plain"));
    assertThat(Cli.execute("myth", labels.toString()).errLines()).containsExactly("viralsim: " + labels
        + ": experiment.b.label: must differ from a's label");
    Path family = myth("family.yaml", SAME.replace("families: [tiny, other]", "families: [tiny, tiktok]"));
    assertThat(Cli.execute("myth", family.toString()).errLines()).singleElement().asString()
        .startsWith("viralsim: " + family + ": families: no family tiktok in").contains("the families are other, tiny");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void aFamilyGivenAsAFileIsNamedAfterItAndItsEvidenceStaysInTheFolder() throws IOException {
    Files.writeString(dir.resolve("mine.yaml"), RunCommandTest.SCENARIO);
    Path file = myth("path.yaml", SAME.replace("families: [tiny, other]", "families: [../mine.yaml]"));
    Cli.Result r = Cli.execute("myth", file.toString(), "--quick", "--out", dir.resolve("out").toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("mine: holds");
    assertThat(dir.resolve("out/MX-mine/comparison.csv")).exists();
  }
}
