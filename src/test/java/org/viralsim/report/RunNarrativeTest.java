package org.viralsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.RunAggregates;
import org.viralsim.experiment.RunEngine;
import org.viralsim.experiment.Summary;
import org.viralsim.io.scenario.ScenarioReader;

/** The sentences printed at the end of {@code viralsim run}: each says something about this scenario. */
class RunNarrativeTest {
  private static final String BASE = """
      name: n
      seed: 3
      steps: 30
      replications: 3
      network: {type: barabasi_albert, nodes: 300, mean_degree: 4}
      campaign: {appeal: 4, seeding: {strategy: random, count: 5}}
      """;

  private static String narrative(String scenario, String... sets) {
    return narrative(ScenarioReader.read(scenario, "n.yaml", Path.of("."), List.of(sets)));
  }

  private static String narrative(Scenario s) {
    RunAggregates runs = new RunAggregates(s, 0.025);
    RunEngine.replications(s, null, 1, runs::add, done -> {});
    return RunNarrative.of(s, runs.users(), Summary.of(runs));
  }

  @Test
  void namesTheDiffusionModel() {
    assertThat(narrative(BASE)).contains("(barabasi_albert network, independent cascade model)");
    assertThat(narrative(BASE, "diffusion.model=feed")).contains("(barabasi_albert network, feed model)");
    assertThat(narrative(BASE, "diffusion.model=threshold")).contains("(barabasi_albert network, threshold model)");
  }

  @Test
  void anInternalPlatformWithoutSalesOrCostsGetsNoMarketSentences() {
    String internal = BASE + """
        brands: {platform: {value: 0}}
        consumers: {purchase: {rate: 0}}
        """;
    String text = narrative(internal, "campaign.brand=platform", "campaign.seeding.cost_per_seed=0");
    assertThat(text).contains("Campaign \"campaign\" (brand \"platform\"): engagement rate ");
    assertThat(text).doesNotContain("revenue", "cost", "ROI", "conversion", "EUR", "customers lost");
  }

  @Test
  void theScenarioFileOfAnInternalPlatformSaysNothingOfMoney() {
    Path file = Path.of("scenarios", "internal-collaboration.yaml");
    Scenario s = ScenarioReader.read(file, List.of("replications=2", "steps=30"));
    String text = narrative(s);
    assertThat(text).contains("sbm network, independent cascade model");
    assertThat(text).doesNotContain("revenue", "cost", "ROI", "conversion", "EUR");
  }

  @Test
  void moneySentencesFollowWhatTheScenarioCanProduce() {
    String free = narrative(BASE, "campaign.seeding.cost_per_seed=0");
    assertThat(free).contains(" EUR at no cost").doesNotContain("ROI");
    String noSales = narrative(BASE, "consumers.purchase.rate=0");
    assertThat(noSales).contains("; cost 100 EUR.").doesNotContain("ROI", "revenue", "conversion");
    String worthless = narrative(BASE, "brands.brand.value=0");
    assertThat(worthless).contains("conversion", ", cost 100 EUR.").doesNotContain("ROI", "revenue");
    assertThat(narrative(BASE)).contains("revenue ", " for a cost of 100 EUR, ROI ");
  }

  @Test
  void eachBrandsReplyPolicyIsNamed() {
    String crisis = BASE.replace("campaign: {appeal: 4, seeding: {strategy: random, count: 5}}\n", "") + """
        brands:
          acme:
            customers: 0.3
            response: {policy: respond, delay: 3, coverage: 0.5}
            incidents: [{tick: 5, share: 0.2, among: customers}]
          zenit:
            customers: 0.2
            incidents: [{tick: 5, share: 0.2, among: customers}]
        campaigns:
          - {name: a, brand: acme, seeding: {count: 3}}
          - {name: z, brand: zenit, seeding: {count: 3}}
        """;
    String text = narrative(crisis);
    assertThat(text).containsPattern("Brand \"acme\" replies to 50\\.0% of complaints within 3 ticks: .*complaints? \\([0-9.,]+ answered\\)");
    assertThat(text).containsPattern("Brand \"zenit\" ignores complaints: .*complaints?, .*lost\\.");
    assertThat(text).doesNotContainPattern("zenit\" ignores complaints: .*answered");
    assertThat(narrative(BASE, "brands.brand.response={policy: respond, delay: 0, coverage: 1}"))
        .contains("Brand \"brand\" replies to 100.0% of complaints in the same tick: ");
  }

  @Test
  void fewReplicationsAreSaidToGiveRoughIntervals() {
    assertThat(narrative(BASE)).contains("Only 3 replications: intervals are rough.");
    assertThat(narrative(BASE, "replications=1")).contains("Only 1 replication: ");
    assertThat(narrative(BASE, "replications=10")).doesNotContain("Only ");
  }

  @Test
  void printedIntervalsStayInTheMetricsRange() {
    // Reach is small in most runs: the t interval of reach_fraction would start below 0, that of
    // ROI below -1.
    for (String seed : List.of("3", "4", "5", "6")) {
      String text = narrative(BASE, "seed=" + seed);
      Matcher reach = Pattern.compile("reached \\S+ of users on average \\(95% CI (\\S+)% to (\\S+)%").matcher(text);
      assertThat(reach.find()).as(text).isTrue();
      assertThat(Double.parseDouble(reach.group(1))).as(text).isBetween(0.0, 100.0);
      assertThat(Double.parseDouble(reach.group(2))).as(text).isBetween(0.0, 100.0);
      Matcher roi = Pattern.compile("ROI \\S+ \\(95% CI (\\S+) to").matcher(text);
      assertThat(roi.find()).as(text).isTrue();
      assertThat(Double.parseDouble(roi.group(1))).as(text).isGreaterThanOrEqualTo(-1.0);
    }
    assertThat(narrative(BASE)).contains("(95% CI 0.0% to ");
  }
}
