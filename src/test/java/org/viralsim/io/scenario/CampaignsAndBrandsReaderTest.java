package org.viralsim.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.Brand;
import org.viralsim.config.Campaign;
import org.viralsim.config.Defaults;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.FeedRanking;
import org.viralsim.config.Incident;
import org.viralsim.config.ResponsePolicy;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.config.Sentiment;
import org.viralsim.config.Targeting;
import org.viralsim.config.Threshold;
import org.viralsim.config.ThresholdDistribution;
import org.viralsim.testing.Copies;

/**
 * Campaigns, brands, consumers and the diffusion settings as read from scenario files: one key at a
 * time changes exactly its own field, everything left out takes its default.
 */
class CampaignsAndBrandsReaderTest {
  @TempDir Path dir;

  private Scenario yaml(String text) {
    return ScenarioReader.read(text, "s.yaml", dir, List.of());
  }

  private static final Scenario D = Defaults.scenario();

  private static Scenario consumers(Object... change) {
    return Copies.with(D, "consumers", Copies.with(D.consumers(), change));
  }

  private static Scenario brand(Object... change) {
    return Copies.with(D, "brands", List.of(Copies.with(Defaults.brand(Defaults.BRAND_NAME), change)));
  }

  private static Scenario response(Object... change) {
    return brand("response", Copies.with(Defaults.RESPONSE, change));
  }

  private static Scenario campaign(Object... change) {
    return Copies.with(D, "campaigns", List.of(Copies.with(Defaults.campaign(), change)));
  }

  private static Scenario paid(Object... change) {
    return campaign("paid", Copies.with(Defaults.paid(0), change));
  }

  private static Scenario diffusion(Object... change) {
    return Copies.with(D, "diffusion", Copies.with(D.diffusion(), change));
  }

  private static Scenario threshold(ThresholdDistribution all, Map<String, ThresholdDistribution> roles) {
    return diffusion("threshold", new Threshold(all, roles));
  }

  private static Arguments set(String setting, Scenario expected) {
    return Arguments.of(setting, expected);
  }

  static Stream<Arguments> singleSettings() {
    ThresholdDistribution fixed = Defaults.THRESHOLD;
    return Stream.of(
        set("consumers.attitude.initial=-0.25", consumers("initialAttitude", -0.25)),
        set("consumers.attitude.impact=0.3", consumers("impact", 0.3)),
        set("consumers.attitude.negativity=2", consumers("negativity", 2.0)),
        set("consumers.attitude.neutral_band=0.05", consumers("neutralBand", 0.05)),
        set("consumers.purchase.rate=0.01", consumers("purchaseRate", 0.01)),
        set("consumers.purchase.attitude_effect=3", consumers("attitudeEffect", 3.0)),
        set("consumers.reviews.consult=0.9", consumers("consult", 0.9)),
        set("consumers.reviews.always=0.1", consumers("consultAlways", 0.1)),
        set("consumers.reviews.read=2", consumers("reviewsRead", 2)),
        set("consumers.reviews.post=0.4", consumers("reviewPost", 0.4)),
        set("consumers.churn.below=-0.8", consumers("churnBelow", -0.8)),
        set("consumers.churn.announce=0.9", consumers("churnAnnounce", 0.9)),
        set("consumers.reviews.appeal=0.5", consumers("reviewAppeal", 0.5)),
        set("consumers.complaints.appeal=2", consumers("complaintAppeal", 2.0)),
        set("consumers.churn.appeal=0", consumers("churnAppeal", 0.0)),
        set("brands.brand.value=120", brand("value", 120.0)),
        set("brands.brand.customers=0.3", brand("customers", 0.3)),
        set("brands.brand.satisfaction=0.5", brand("satisfaction", 0.5)),
        set("brand.satisfaction=0.5", brand("satisfaction", 0.5)),
        set("brands.brand.incidents=[{tick: 5, share: 0.2}]",
            brand("incidents", List.of(new Incident(5, 0.2, Incident.Among.CUSTOMERS)))),
        set("brands.brand.incidents=[{tick: 0, share: 1, among: users}]",
            brand("incidents", List.of(new Incident(0, 1, Incident.Among.USERS)))),
        set("brands.brand.response.policy=respond", response("policy", ResponsePolicy.RESPOND)),
        set("brands.brand.response.delay=7", response("delay", 7)),
        set("brands.brand.response.coverage=0.25", response("coverage", 0.25)),
        set("brands.brand.response.effectiveness=0.75", response("effectiveness", 0.75)),
        set("brands.brand.response.cost_per_reply=1.5", response("costPerReply", 1.5)),
        set("campaign.name=launch", campaign("name", "launch")),
        set("campaign.sentiment=negative", campaign("sentiment", Sentiment.NEGATIVE)),
        set("campaign.start=3", campaign("start", 3, "paid", Defaults.paid(3))),
        set("campaign.brand=acme", new Scenario(D.name(), D.seed(), D.steps(), D.replications(), D.viralThreshold(),
            D.network(), D.population(), List.of(Copies.with(Defaults.campaign(), "brand", "acme")),
            List.of(Defaults.brand("acme")), D.consumers(), D.diffusion())),
        set("campaign.seeding.cost_per_seed=3",
            campaign("seeding", new Seeding(SeedingStrategy.RANDOM, Defaults.SEED_COUNT, List.of(), 3))),
        set("campaign.seeding.strategy=top_degree",
            campaign("seeding", new Seeding(SeedingStrategy.TOP_DEGREE, Defaults.SEED_COUNT, List.of(), 500))),
        set("campaign.seeding.strategy=creators",
            campaign("seeding", new Seeding(SeedingStrategy.CREATORS, Defaults.SEED_COUNT, List.of(), 100))),
        set("campaign.seeding.users=[1, 2]", campaign("seeding", new Seeding(SeedingStrategy.USERS, 0, List.of("1", "2"), 20))),
        set("campaign.paid.budget=100", paid("budget", 100.0)),
        set("campaign.paid.cpm=2.5", paid("cpm", 2.5)),
        set("campaign.paid.targeting=creator_followers", paid("targeting", Targeting.CREATOR_FOLLOWERS)),
        set("campaign.paid.role=lurker", paid("targeting", Targeting.ROLE, "role", "lurker")),
        set("campaign.paid.start=4", paid("start", 4)),
        set("campaign.paid.duration=6", paid("duration", 6)),
        set("diffusion.model=feed", diffusion("model", DiffusionModel.FEED)),
        set("diffusion.model=threshold", diffusion("model", DiffusionModel.THRESHOLD)),
        set("diffusion.feed.length=20", diffusion("feed", Copies.with(Defaults.FEED, "length", 20))),
        set("diffusion.feed.attention=3", diffusion("feed", Copies.with(Defaults.FEED, "attention", 3))),
        set("diffusion.feed.lifetime=5", diffusion("feed", Copies.with(Defaults.FEED, "lifetime", 5))),
        set("diffusion.feed.ranking=popularity", diffusion("feed", Copies.with(Defaults.FEED, "ranking", FeedRanking.POPULARITY))),
        set("diffusion.threshold.value=0.3", threshold(new ThresholdDistribution.Fixed(0.3), Map.of())),
        set("diffusion.threshold.distribution=uniform", threshold(new ThresholdDistribution.Uniform(0, 1), Map.of())),
        set("diffusion.threshold.max=0.4", threshold(new ThresholdDistribution.Uniform(0, 0.4), Map.of())),
        set("diffusion.threshold.min=0.2", threshold(new ThresholdDistribution.Uniform(0.2, 1), Map.of())),
        set("diffusion.threshold.mean=0.25", threshold(new ThresholdDistribution.Normal(0.25, 0), Map.of())),
        set("diffusion.threshold.roles.lurker.value=0.5",
            threshold(fixed, Map.of("lurker", new ThresholdDistribution.Fixed(0.5)))),
        set("diffusion.threshold.roles.lurker={}", threshold(fixed, Map.of("lurker", fixed))),
        set("diffusion.threshold.roles.creator={min: 0.1, max: 0.2}",
            threshold(fixed, Map.of("creator", new ThresholdDistribution.Uniform(0.1, 0.2)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleSettings")
  void oneKeyChangesOnlyItsOwnField(String setting, Scenario expected) {
    assertThat(ScenarioReader.readDefault(List.of(setting))).isEqualTo(expected);
    // The same key written in a file reads the same as when set on the command line.
    int eq = setting.indexOf('=');
    String[] keys = setting.substring(0, eq).split("\\.");
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < keys.length; i++) text.append("  ".repeat(i)).append(keys[i]).append(":").append(i < keys.length - 1 ? "\n" : " ");
    assertThat(yaml(text + setting.substring(eq + 1) + "\n")).isEqualTo(expected);
  }

  @Test
  void emptySectionsAreAllDefaults() {
    assertThat(yaml("""
        campaign: {seeding: {}, paid: {}}
        brand: {response: {}, incidents: []}
        consumers: {attitude: {}, purchase: {}, reviews: {}, churn: {}}
        diffusion: {feed: {}, threshold: {roles: {}}}
        """)).isEqualTo(D);
    assertThat(yaml("campaign:\nbrand:\nbrands:\nconsumers:\ndiffusion:\n")).isEqualTo(D);
  }

  @Test
  void listedCampaignsAreNumberedAndFillTheirDefaults() {
    Scenario s = yaml("""
        campaigns:
          - {}
          - {seeding: {strategy: top_degree}, sentiment: neutral}
          - {start: 5, name: late, paid: {budget: 80}}
        """);
    Campaign first = Copies.with(Defaults.campaign(), "name", "campaign1");
    Campaign second = Copies.with(Defaults.campaign(), "name", "campaign2", "sentiment", Sentiment.NEUTRAL,
        "seeding", new Seeding(SeedingStrategy.TOP_DEGREE, Defaults.SEED_COUNT, List.of(), 500));
    Campaign third = Copies.with(Defaults.campaign(), "name", "late", "start", 5,
        "paid", Copies.with(Defaults.paid(5), "budget", 80.0));
    assertThat(s.campaigns()).containsExactly(first, second, third);
    assertThat(s.brands()).containsExactly(Defaults.brand(Defaults.BRAND_NAME));
    assertThat(s.campaign()).isEqualTo(first);
  }

  @Test
  void aBrandNamedByACampaignButNotDeclaredGetsTheDefaults() {
    Scenario s = yaml("""
        campaigns: [{brand: zeta}, {brand: acme}, {brand: zeta}, {brand: omega}]
        brands:
          acme: {value: 10}
          unused: {customers: 0.5}
        """);
    assertThat(s.brands()).containsExactly(Copies.with(Defaults.brand("acme"), "value", 10.0),
        Copies.with(Defaults.brand("unused"), "customers", 0.5), Defaults.brand("zeta"), Defaults.brand("omega"));
    assertThat(s.brandIndex("zeta")).isEqualTo(2);
  }

  @Test
  void theSingleBrandFormEqualsTheFormByName() {
    String body = """
          value: 12.5
          customers: 0.2
          satisfaction: 0.6
          response: {policy: respond, delay: 3, coverage: 0.5, effectiveness: 0.1, cost_per_reply: 2}
          incidents: [{tick: 4, share: 0.05, among: users}, {tick: 9, share: 0.5}]
        """;
    Scenario single = yaml("campaign: {brand: acme}\nbrand:\n  name: acme\n" + body);
    Scenario byName = yaml("campaign: {brand: acme}\nbrands:\n  acme:\n" + body.indent(2));
    assertThat(single).isEqualTo(byName);
    Brand acme = single.brands().get(0);
    assertThat(single.brands()).hasSize(1);
    assertThat(acme.response().policy()).isEqualTo(ResponsePolicy.RESPOND);
    assertThat(acme.incidents()).containsExactly(new Incident(4, 0.05, Incident.Among.USERS),
        new Incident(9, 0.5, Incident.Among.CUSTOMERS));
    // Without a name, the single brand is the main campaign's.
    assertThat(yaml("campaign: {brand: acme}\nbrand:\n" + body)).isEqualTo(single);
  }

  @Test
  void thresholdDistributionsAreInferredFromTheirParameters() {
    Function<String, ThresholdDistribution> read = t -> yaml("diffusion: {threshold: " + t + "}").diffusion().threshold().distribution();
    assertThat(read.apply("{value: 0.4}")).isEqualTo(new ThresholdDistribution.Fixed(0.4));
    assertThat(read.apply("{mean: 0.3, sd: 0.05}")).isEqualTo(new ThresholdDistribution.Normal(0.3, 0.05));
    assertThat(read.apply("{min: 0.1, max: 0.3}")).isEqualTo(new ThresholdDistribution.Uniform(0.1, 0.3));
    assertThat(read.apply("{distribution: normal, mean: 0.3}")).isEqualTo(new ThresholdDistribution.Normal(0.3, 0));
    Threshold t = yaml("diffusion: {threshold: {mean: 0.2, sd: 0.1, roles: {lurker: {}, creator: {value: 0.05}}}}")
        .diffusion().threshold();
    assertThat(t.of("lurker")).isEqualTo(new ThresholdDistribution.Normal(0.2, 0.1));
    assertThat(t.of("contributor")).isEqualTo(t.distribution());
    assertThat(t.of("creator")).isEqualTo(new ThresholdDistribution.Fixed(0.05));
  }

  @Test
  void campaignAndCampaignsTogetherAreOneError() {
    ScenarioException e = assertThrows(ScenarioException.class, () -> yaml("campaign: {appeal: 2}\ncampaigns: [{}]\n"));
    assertThat(e.keyPath()).isEqualTo("campaigns");
    assertThat(e.reason()).isEqualTo("give either campaign (one) or campaigns (a list), not both");
    assertThat(e.getMessage()).isEqualTo("s.yaml: campaigns: give either campaign (one) or campaigns (a list), not both")
        .doesNotContain("\n");
    ScenarioException b = assertThrows(ScenarioException.class, () -> yaml("brand: {name: a}\nbrands: {a: {}}\n"));
    assertThat(b.getMessage()).isEqualTo("s.yaml: brands: give either brand (one) or brands (by name), not both");
  }
}
