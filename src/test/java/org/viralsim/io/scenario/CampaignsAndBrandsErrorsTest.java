package org.viralsim.io.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mistakes in campaigns, brands, consumers and diffusion settings: one line naming the full key path. */
class CampaignsAndBrandsErrorsTest {
  @TempDir Path dir;

  private ScenarioException error(String text) {
    return assertThrows(ScenarioException.class, () -> ScenarioReader.read(text, "s.yaml", dir, List.of()));
  }

  private void assertError(String text, String keyPath, String reason) {
    ScenarioException e = error(text);
    assertThat(e.file()).isEqualTo("s.yaml");
    assertThat(e.keyPath()).isEqualTo(keyPath);
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.getMessage()).isEqualTo("s.yaml: " + keyPath + ": " + reason).doesNotContain("\n");
  }

  private static final String CAMPAIGN = "name, brand, sentiment, appeal, start, seeding, paid";
  private static final String PAID = "budget, cpm, targeting, role, start, duration";
  private static final String BRAND = "value, customers, satisfaction, response, incidents";
  private static final String RESPONSE = "policy, delay, coverage, effectiveness, cost_per_reply";
  private static final String DISTRIBUTION = "distribution, value, mean, sd, min, max";

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "campaigns: [{}, {apeal: 2}]                        | campaigns[1].apeal         | " + CAMPAIGN + " | appeal",
      "campaign: {nmae: x}                                | campaign.nmae              | " + CAMPAIGN + " | name",
      "campaign: {paid: {budjet: 100}}                    | campaign.paid.budjet       | " + PAID + " | budget",
      "campaigns: [{paid: {durration: 3}}]                | campaigns[0].paid.durration | " + PAID + " | duration",
      "campaign: {seeding: {cost_per_sed: 3}}             | campaign.seeding.cost_per_sed | strategy, count, users, cost_per_seed | cost_per_seed",
      "brand: {nmae: acme}                                | brand.nmae                 | name, " + BRAND + " | name",
      "brands: {acme: {custmers: 0.5}}                    | brands.acme.custmers       | " + BRAND + " | customers",
      "brands: {acme: {name: acme}}                       | brands.acme.name           | " + BRAND + " | ",
      "brands: {acme: {response: {covrage: 1}}}           | brands.acme.response.covrage | " + RESPONSE + " | coverage",
      "brand: {response: {polcy: respond}}                | brand.response.polcy       | " + RESPONSE + " | policy",
      "brands: {acme: {incidents: [{tick: 1, share: 0.1, amung: users}]}} | brands.acme.incidents[0].amung | tick, share, among | among",
      "consumers: {atitude: {}}                           | consumers.atitude          | attitude, purchase, reviews, complaints, churn | attitude",
      "consumers: {attitude: {impct: 0.1}}                | consumers.attitude.impct   | initial, impact, negativity, neutral_band | impact",
      "consumers: {purchase: {rat: 0.1}}                  | consumers.purchase.rat     | rate, attitude_effect | rate",
      "consumers: {reviews: {allways: 0.1}}               | consumers.reviews.allways  | consult, always, read, post, appeal | always",
      "consumers: {churn: {bellow: -0.5}}                 | consumers.churn.bellow     | below, announce, appeal | below",
      "consumers: {complaints: {apeal: 2}}                | consumers.complaints.apeal | appeal | appeal",
      "diffusion: {modl: feed}                            | diffusion.modl             | model, feed, threshold | model",
      "diffusion: {feed: {atention: 5}}                   | diffusion.feed.atention    | length, attention, lifetime, ranking | attention",
      "diffusion: {threshold: {vaule: 0.2}}               | diffusion.threshold.vaule  | " + DISTRIBUTION + ", roles | value",
      "diffusion: {threshold: {roles: {lurker: {mean: 0.2, sdd: 0.1}}}} | diffusion.threshold.roles.lurker.sdd | " + DISTRIBUTION + " | sd",
  })
  void unknownKeysInEveryNewSection(String text, String keyPath, String allowed, String hint) {
    String reason = "unknown key; expected one of " + allowed + (hint == null ? "" : "; did you mean " + hint + "?");
    assertError(text, keyPath, reason);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "consumers: {reviews: {consult: 0.3, always: 0.5}}  | consumers.reviews.always | must be at most reviews.consult (0.3): those who always read reviews are among those who do, was 0.5",
      "consumers: {reviews: {always: 0.6}}                 | consumers.reviews.always | must be at most reviews.consult (0.55): those who always read reviews are among those who do, was 0.6",
      "consumers: {attitude: {initial: -2}}                | consumers.attitude.initial | must be in [-1, 1], was -2",
      "consumers: {attitude: {impact: 1.5}}                | consumers.attitude.impact | must be in [0, 1], was 1.5",
      "consumers: {purchase: {rate: -0.1}}                 | consumers.purchase.rate | must be in [0, 1], was -0.1",
      "consumers: {reviews: {read: -1}}                    | consumers.reviews.read | must be at least 0, was -1",
      "consumers: {reviews: {read: 2.5}}                   | consumers.reviews.read | must be an integer, was 2.5",
      "consumers: {churn: {below: 1.5}}                    | consumers.churn.below | must be in [-1, 1], was 1.5",
      "brands: {acme: {response: {coverage: 1.5}}}         | brands.acme.response.coverage | must be in [0, 1], was 1.5",
      "brand: {name: acme, response: {coverage: 1.5}}      | brand.response.coverage | must be in [0, 1], was 1.5",
      "brands: {acme: {response: {delay: -1}}}             | brands.acme.response.delay | must be at least 0, was -1",
      "brands: {acme: {response: {policy: reply}}}         | brands.acme.response.policy | unknown value \"reply\"; expected one of ignore, respond",
      "brands: {acme: {customers: 2}}                      | brands.acme.customers | must be in [0, 1], was 2",
      "brands: {acme: {value: -5}}                         | brands.acme.value | must be in [0, 1000000000000], was -5",
      "consumers: {reviews: {appeal: -0.5}}                | consumers.reviews.appeal | must be in [0, 1000], was -0.5",
      "consumers: {complaints: {appeal: 1001}}             | consumers.complaints.appeal | must be in [0, 1000], was 1001",
      "brands: {acme: {incidents: {tick: 1}}}              | brands.acme.incidents | must be a list of mappings, was a mapping",
      "brands: {acme: {incidents: [{tick: 1}]}}            | brands.acme.incidents[0].share | is required (the share of the group who complain)",
      "brands: {acme: {incidents: [{share: 0.1}]}}         | brands.acme.incidents[0].tick | is required (the tick at which the incident happens)",
      "brands: {acme: {incidents: [{tick: -1, share: 0.1}]}} | brands.acme.incidents[0].tick | must be at least 0, was -1",
      "brands: {acme: {incidents: [{tick: 1, share: 0.1, among: all}]}} | brands.acme.incidents[0].among | unknown value \"all\"; expected one of customers, users",
      "{steps: 10, brands: {acme: {incidents: [{tick: 3, share: 0.1}, {tick: 10, share: 0.2}]}}} | brands.acme.incidents[1].tick | must be before steps (10), was 10",
      "campaigns: [{}, {paid: {cpm: -1}}]                  | campaigns[1].paid.cpm | must be in [1.0E-6, 1000000000], was -1",
      "campaign: {paid: {duration: 0}}                     | campaign.paid.duration | must be at least 1, was 0",
      "campaign: {paid: {budget: -1}}                      | campaign.paid.budget | must be in [0, 1000000000000], was -1",
      "campaign: {paid: {targeting: role}}                 | campaign.paid.role | is required for targeting role (a role name of the population)",
      "campaign: {paid: {targeting: random, role: lurker}} | campaign.paid.role | is only allowed with targeting role",
      "campaign: {paid: {targeting: creators}}             | campaign.paid.targeting | unknown value \"creators\"; expected one of random, role, creator_followers",
      "campaign: {paid: {role: vip}}                       | campaign.paid.role | no such role \"vip\"; the population has creator, contributor, lurker",
      "campaigns: [{}, {paid: {role: lurker_}}]            | campaigns[1].paid.role | no such role \"lurker_\"; the population has creator, contributor, lurker",
      "campaigns: [{start: 3, paid: {start: 1}}, {}]       | campaigns[0].paid.start | must not be before the campaign starts (3), was 1",
      "campaign: {start: 2, paid: {start: 0, budget: 5}}   | campaign.paid.start | must not be before the campaign starts (2), was 0",
      "campaign: {seeding: {cost_per_seed: -1}}            | campaign.seeding.cost_per_seed | must be in [0, 1000000000000], was -1",
      "campaign: {sentiment: good}                         | campaign.sentiment | unknown value \"good\"; expected one of positive, neutral, negative",
      "campaigns: [{brand: acme}, {brand: my brand}]       | campaigns[1].brand | must start with a letter or digit and use only letters, digits, '-' and '_' (at most 40), was \"my brand\"",
      "campaign: {name: a.b}                               | campaign.name | must start with a letter or digit and use only letters, digits, '-' and '_' (at most 40), was \"a.b\"",
      "campaigns: [{name: a}, {name: b}, {name: a}]        | campaigns[2].name | \"a\" names two campaigns",
      "campaigns: [{}, {name: campaign1}]                  | campaigns[1].name | \"campaign1\" names two campaigns",
      "{steps: 6, campaigns: [{}, {start: 6}]}             | campaigns[1].start | must be before steps (6), was 6",
      "campaigns: []                                       | campaigns | must list at least one campaign",
      "campaigns: {a: {}}                                  | campaigns | must be a list of mappings, was a mapping",
      "campaigns: [3]                                      | campaigns[0] | must be a mapping, was 3",
      "diffusion: {threshold: {roles: {vip: {value: 0.1}}}} | diffusion.threshold.roles.vip | no such role; the population has creator, contributor, lurker",
      "diffusion: {threshold: {distribution: normal, sd: 0.1}} | diffusion.threshold.mean | is required for distribution normal",
      "diffusion: {threshold: {roles: {lurker: {distribution: normal}}}} | diffusion.threshold.roles.lurker.mean | is required for distribution normal",
      "diffusion: {threshold: {sd: 0.1}}                   | diffusion.threshold.mean | is required for distribution normal",
      "diffusion: {threshold: {mean: 0.2, roles: {lurker: {sd: 0.05}}}} | diffusion.threshold.roles.lurker.mean | is required for distribution normal",
      "diffusion: {threshold: {distribution: fixed}}       | diffusion.threshold.value | is required for distribution fixed",
      "diffusion: {threshold: {value: 0.2, mean: 0.3}}     | diffusion.threshold.mean | is not a parameter of distribution fixed; it takes value",
      "diffusion: {threshold: {min: 0.5, max: 0.2}}        | diffusion.threshold.max | must be at least min (0.5), was 0.2",
      "diffusion: {threshold: {mean: 0.5, sd: 2}}          | diffusion.threshold.sd | must be in [0, 1], was 2",
      "diffusion: {threshold: {distribution: gauss}}       | diffusion.threshold.distribution | unknown value \"gauss\"; expected one of fixed, uniform, normal",
      "diffusion: {feed: {attention: 0}}                   | diffusion.feed.attention | must be at least 1, was 0",
      "diffusion: {feed: {ranking: oldest}}                | diffusion.feed.ranking | unknown value \"oldest\"; expected one of newest, popularity",
  })
  void valuesOutOfRangeNameTheFullPath(String text, String keyPath, String reason) {
    assertError(text, keyPath, reason);
  }

  @Test
  void aCpmOfZeroBuysNothingAndIsRejected() {
    ScenarioException e = error("campaigns: [{}, {paid: {cpm: 0, budget: 100}}]");
    assertThat(e.keyPath()).isEqualTo("campaigns[1].paid.cpm");
    assertThat(e.reason()).startsWith("must be in [").endsWith(", was 0");
  }

  @Test
  void tooManyCampaigns() {
    assertError("campaigns: [" + "{}, ".repeat(16) + "{}]", "campaigns", "at most 16 campaigns, got 17");
  }

  /** Problems found once the whole scenario is known are named as the file wrote them. */
  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "{steps: 5, campaigns: [{start: 5}]}                 | campaigns[0].start | must be before steps (5), was 5",
      "{steps: 5, campaign: {start: 5}}                    | campaign.start | must be before steps (5), was 5",
      "{steps: 5, campaign: {paid: {budget: 10, start: 5}}} | campaign.paid.start | must be before steps (5) for the budget to be spent, was 5",
      "campaigns: [{paid: {role: vip}}]                    | campaigns[0].paid.role | no such role \"vip\"; the population has creator, contributor, lurker",
      "{steps: 10, brand: {name: acme, incidents: [{tick: 10, share: 0.1}]}} | brand.incidents[0].tick | must be before steps (10), was 10",
      "brands: {acme co: {value: 3}}                       | brands | brand names must start with a letter or digit and use only letters, digits, '-' and '_' (at most 40), was \"acme co\"",
      "{steps: 10, brand: {incidents: [{tick: 0, share: 0.1}, {tick: 12, share: 0.1}]}} | brand.incidents[1].tick | must be before steps (10), was 12",
  })
  void wholeScenarioChecksUseTheFormTheFileUsed(String text, String keyPath, String reason) {
    assertError(text, keyPath, reason);
  }

  @Test
  void problemsWithSettingsAreBlamedOnTheSettings() {
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioReader.read("steps: 10\n", "s.yaml", dir, List.of("campaigns=[{start: 12}]")));
    assertThat(e.getMessage()).isEqualTo("--set: campaigns[0].start: must be before steps (10), was 12");
    e = assertThrows(ScenarioException.class,
        () -> ScenarioReader.read("steps: 10\n", "s.yaml", dir, List.of("brand.incidents=[{tick: 10, share: 0.1}]")));
    assertThat(e.getMessage()).isEqualTo("--set: brand.incidents[0].tick: must be before steps (10), was 10");
    e = assertThrows(ScenarioException.class,
        () -> ScenarioReader.read("campaigns: [{}, {}]\n", "s.yaml", dir, List.of("consumers.reviews.always=0.9")));
    assertThat(e.getMessage()).startsWith("--set: consumers.reviews.always: must be at most reviews.consult (0.55)");
  }
}
