package org.viralsim.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every default of the scenario format in one place, so the reader, the GUI and the docs agree.
 * Shares follow the participation-inequality rule reported by the BSI study in the seed document
 * (under 1% create, 9% contribute occasionally, 90% only observe). The behaviour rates per hour are
 * modelling assumptions, not figures from the seed; docs/scenario.md explains them.
 */
public final class Defaults {
  private Defaults() {}

  public static final String NAME = "default";
  public static final long SEED = 1;
  public static final int STEPS = 72;
  public static final int REPLICATIONS = 20;
  public static final double VIRAL_THRESHOLD = 0.1;

  public static final Assignment ASSIGNMENT = Assignment.RANDOM;
  public static final double DEGREE_BIAS = 1.0;
  public static final double APPEAL = 1.0;
  public static final int CAMPAIGN_START = 0;
  public static final SeedingStrategy SEEDING_STRATEGY = SeedingStrategy.RANDOM;
  public static final int SEED_COUNT = 10;
  public static final DiffusionModel DIFFUSION_MODEL = DiffusionModel.INDEPENDENT_CASCADE;
  public static final String CAMPAIGN_NAME = "campaign";
  public static final Sentiment CAMPAIGN_SENTIMENT = Sentiment.POSITIVE;

  // Feeds: a screenful kept, a few posts read per online hour, visible for the next hour only (as a
  // cascade's single chance), newest first. Assumptions, not figures from the seed document.
  public static final Feed FEED = new Feed(50, 10, 1, FeedRanking.NEWEST);
  /** Watts (2002) used thresholds around 0.18; an assumption for every role. */
  public static final ThresholdDistribution THRESHOLD = new ThresholdDistribution.Fixed(0.18);

  // Costs in euros: assumptions to be replaced by a firm's own figures.
  public static final double PAID_BUDGET = 0;
  public static final double PAID_CPM = 8;
  public static final Targeting PAID_TARGETING = Targeting.RANDOM;
  public static final int PAID_DURATION = 24;

  /** A seed's cost by strategy: an influencer (top_degree, k_core, pagerank) costs far more than a random user. */
  public static double costPerSeed(SeedingStrategy strategy) {
    return switch (strategy) {
      case RANDOM, USERS -> 20;
      case CREATORS -> 100;
      case TOP_DEGREE, K_CORE, PAGERANK -> 500;
    };
  }

  public static final String BRAND_NAME = "brand";
  public static final double BRAND_VALUE = 50;
  public static final double BRAND_CUSTOMERS = 0;
  public static final double BRAND_SATISFACTION = 0.9;
  /** Ignoring complaints is what 67% of firms do (PRWeek &amp; MS&amp;L, in the seed document). */
  public static final Response RESPONSE = new Response(ResponsePolicy.IGNORE, 2, 0.8, 0.5, 5);

  /**
   * Consumers. Negative content weighs 7.5 / 6.9 times positive content: more than 7.5 million gave
   * a product up after negative reviews, about 6.9 million bought one after recommendations
   * (Médiamétrie). More than half read reviews before buying, one in five always (seed document).
   * The other rates are assumptions. Appeals: reviews are consulted before buying rather than
   * passed on, so they are reshared a tenth as often as an ordinary post (assumption); complaints
   * and churn notices are angry, and anger raised the odds that an article was shared by 34% per
   * standard deviation (Berger &amp; Milkman 2012), read here as appeal 1.34.
   */
  public static final Consumers CONSUMERS = new Consumers(0, 0.1, 7.5 / 6.9, 0.2, 0.002, 1, 0.55, 0.2, 5, 0.1,
      -0.5, 0.3, 0.1, 1.34, 1.34);

  // Values for the keys a network section leaves out, per type.
  public static final int NODES = 10_000;
  public static final int MEAN_DEGREE = 10;
  public static final double REWIRING = 0.1;
  public static final double POWERLAW_EXPONENT = 2.5;
  public static final int POWERLAW_MIN_DEGREE = 2;
  public static final int POWERLAW_MAX_DEGREE = 1000;
  public static final double SBM_P_IN = 0.1;
  public static final double SBM_P_OUT = 0.001;
  public static final boolean EDGE_LIST_DIRECTED = false;
  /** LAW's twitter-2010 has an arc x->y when y follows x, viralsim's own convention. */
  public static final Arcs WEBGRAPH_ARCS = Arcs.FOLLOWERS;
  /** A WebGraph graph stores arcs; a symmetric one already holds both of each pair. */
  public static final boolean WEBGRAPH_DIRECTED = true;

  /** Creators: 1% (BSI); read most hours, post about every third online hour, engage often. */
  public static final Role CREATOR = new Role(0.01, 0.8, 0.3, 0.20, 0.15);
  /** Contributors: 9% (BSI); read half of the hours, post rarely, engage occasionally. */
  public static final Role CONTRIBUTOR = new Role(0.09, 0.5, 0.02, 0.10, 0.05);
  /**
   * Lurkers: 90% (BSI) observe; they never post, and reshare or comment only very rarely (a
   * one-click reshare is the least costly action; with exactly 0 no campaign could ever spread
   * beyond the 10% who participate).
   */
  public static final Role LURKER = new Role(0.90, 0.3, 0.0, 0.01, 0.002);

  public static Map<String, Role> roles() {
    Map<String, Role> m = new LinkedHashMap<>();
    m.put("creator", CREATOR);
    m.put("contributor", CONTRIBUTOR);
    m.put("lurker", LURKER);
    return m;
  }

  public static Population population() {
    return new Population(roles(), ASSIGNMENT, DEGREE_BIAS);
  }

  public static Campaign campaign() {
    return new Campaign(CAMPAIGN_NAME, BRAND_NAME, CAMPAIGN_SENTIMENT, APPEAL, CAMPAIGN_START,
        new Seeding(SEEDING_STRATEGY, SEED_COUNT, List.of(), costPerSeed(SEEDING_STRATEGY)), paid(CAMPAIGN_START));
  }

  /** No paid reach, starting with a campaign that starts at {@code start}. */
  public static Paid paid(int start) {
    return new Paid(PAID_BUDGET, PAID_CPM, PAID_TARGETING, null, start, PAID_DURATION);
  }

  public static Brand brand(String name) {
    return new Brand(name, BRAND_VALUE, BRAND_CUSTOMERS, BRAND_SATISFACTION, RESPONSE, List.of());
  }

  public static Diffusion diffusion() {
    return new Diffusion(DIFFUSION_MODEL);
  }

  /** The network used when a scenario names none: 10,000 users, Barabasi-Albert, mean degree 10. */
  public static NetworkSpec network() {
    return new NetworkSpec.BarabasiAlbert(NODES, MEAN_DEGREE, null);
  }

  /** The built-in scenario: what {@code viralsim run} runs without a file. */
  public static Scenario scenario() {
    return new Scenario(NAME, SEED, STEPS, REPLICATIONS, VIRAL_THRESHOLD, network(), population(),
        List.of(campaign()), List.of(brand(BRAND_NAME)), CONSUMERS, diffusion());
  }
}
