package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.viralsim.config.Campaign;
import org.viralsim.config.Consumers;
import org.viralsim.config.InvalidValueException;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * Campaigns on a population of users with roles, one tick per hour. Each tick, in this order:
 * live items spread by the diffusion model ({@link #ORDER_SPREAD}); users post organic items,
 * campaigns due start with their seeds' posts, and paid impressions are shown ({@link #ORDER_POST});
 * the market takes in what was read about brands, and users buy, review, complain and churn
 * ({@link #ORDER_MARKET}); observers record the tick ({@link #ORDER_OBSERVE}). The model's only
 * randomness is {@link #random}; a generated network is drawn from it too.
 */
public class CampaignSim extends SimState {
  private static final long serialVersionUID = 1L;
  public static final int ORDER_SPREAD = 0;
  public static final int ORDER_POST = 1;
  public static final int ORDER_MARKET = 2;
  public static final int ORDER_OBSERVE = 3;
  /** Poisson sampling accuracy and iteration cap (Commons Math's own defaults). */
  private static final double POISSON_EPSILON = 1e-12;
  private static final int POISSON_MAX_ITERATIONS = 10_000_000;

  private final Scenario scenario;
  private final Graph fixedGraph;
  private transient ItemListener listener = (item, complete) -> { };

  private Graph graph;
  private byte[] roleOf;
  private Activity activity;
  private DiffusionRule rule;
  private Reaction[] organicReactions;
  private Reaction[] reviewReactions;
  private Reaction[] complaintReactions;
  private Reaction[] churnReactions;
  private Reaction[] replyReactions;
  private int[][] members;
  private PoissonDistribution[] postsPerTick;
  private final List<Item> live = new ArrayList<>();
  private Item[] campaignItems;
  private int[][] campaignSeeds;
  private PaidReach[] paid;
  private Market market;
  private int nextItemId;
  private double organicRate;

  /**
   * @param seed     the run's 64-bit seed
   * @param scenario what to run
   * @param graph    the network, or null to draw one from this run's stream at {@link #start()}
   */
  public CampaignSim(long seed, Scenario scenario, Graph graph) {
    super(streamFor(seed));
    this.scenario = scenario;
    this.fixedGraph = graph;
  }

  /** A Mersenne Twister initialised from all 64 bits of the seed (MASON's long seed keeps 32). */
  public static MersenneTwisterFast streamFor(long seed) {
    return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32)});
  }

  /** Called when an item stops spreading, or is still spreading when the run ends (complete false). */
  public interface ItemListener {
    void itemEnded(Item item, boolean complete);
  }

  public void setItemListener(ItemListener listener) { this.listener = listener; }

  @Override
  public void start() {
    super.start();
    live.clear();
    nextItemId = scenario.campaigns().size();
    graph = fixedGraph != null ? fixedGraph : Generators.generate(scenario.network(), random);
    Role[] roles = scenario.population().roleArray();
    roleOf = RoleAssigner.assign(graph, scenario.population(), random);
    activity = new Activity(roleOf.length, roles.length);
    rule = DiffusionRules.create(scenario, graph, roleOf, activity, random);
    organicReactions = reactions(roles, 1.0, false);
    Consumers consumers = scenario.consumers();
    reviewReactions = reactions(roles, consumers.reviewAppeal(), true);
    complaintReactions = reactions(roles, consumers.complaintAppeal(), true);
    churnReactions = reactions(roles, consumers.churnAppeal(), true);
    replyReactions = reactions(roles, 0.0, true);
    members = new int[roles.length][];
    postsPerTick = new PoissonDistribution[roles.length];
    organicRate = 0;
    MasonRandomGenerator adapter = new MasonRandomGenerator(random);
    for (int r = 0; r < roles.length; r++) {
      members[r] = SeedPicker.usersOfRole(roleOf, r);
      double mean = members[r].length * roles[r].activity() * roles[r].postRate();
      organicRate += mean;
      if (mean > 0) postsPerTick[r] = new PoissonDistribution(adapter, mean, POISSON_EPSILON, POISSON_MAX_ITERATIONS);
    }
    List<Campaign> campaigns = scenario.campaigns();
    campaignItems = new Item[campaigns.size()];
    campaignSeeds = new int[campaigns.size()][];
    paid = new PaidReach[campaigns.size()];
    List<String> roleNames = List.of(scenario.population().roleNames());
    for (int c = 0; c < campaigns.size(); c++) {
      try {
        campaignSeeds[c] = SeedPicker.pick(campaigns.get(c).seeding(), graph, roleOf, random);
      } catch (InvalidValueException e) {
        throw e.under(campaigns.size() == 1 ? "campaign" : "campaigns[" + c + "]");
      }
      String role = campaigns.get(c).paid().role();
      paid[c] = new PaidReach(campaigns.get(c).paid(), graph, roleOf, members, role == null ? -1 : roleNames.indexOf(role));
    }
    market = new Market(consumers, scenario.brands(), campaigns, graph.nodeCount(), scenario.steps() - 1, random,
        new Publisher());
    schedule.scheduleRepeating(Schedule.EPOCH, ORDER_SPREAD, state -> spread(), 1.0);
    schedule.scheduleRepeating(Schedule.EPOCH, ORDER_POST, state -> post(), 1.0);
    schedule.scheduleRepeating(Schedule.EPOCH, ORDER_MARKET, state -> trade(), 1.0);
  }

  private static Reaction[] reactions(Role[] roles, double appeal, boolean countReads) {
    Reaction[] out = new Reaction[roles.length];
    for (int r = 0; r < roles.length; r++) out[r] = new Reaction(roles[r], appeal, countReads);
    return out;
  }

  /** The current tick (0 at the first step). */
  public int tick() { return (int) Math.max(0, schedule.getTime()); }

  private void spread() {
    int t = tick();
    activity.beginTick(t);
    rule.spread(live, t, random);
    int kept = 0;
    for (int i = 0; i < live.size(); i++) {
      Item item = live.get(i);
      activity.recordReshares(item, roleOf);
      if (rule.inFlight(item, t) || (item.campaign() >= 0 && paid[item.campaign()].pendingFrom(t))) {
        live.set(kept++, item);
      } else {
        drain(item);
        listener.itemEnded(item, true);
      }
    }
    live.subList(kept, live.size()).clear();
  }

  private void post() {
    int t = tick();
    postOrganic(t);
    List<Campaign> campaigns = scenario.campaigns();
    for (int c = 0; c < campaigns.size(); c++) {
      if (campaigns.get(c).start() == t) launch(c, t);
      long shown = paid[c].at(t);
      if (shown > 0) showPaid(c, shown);
    }
  }

  private void postOrganic(int t) {
    for (int r = 0; r < members.length; r++) {
      if (postsPerTick[r] == null) continue;
      int posts = postsPerTick[r].sample();
      for (int k = 0; k < posts; k++) {
        int author = members[r][random.nextInt(members[r].length)];
        Item item = new Item(nextItemId++, false, t, organicReactions, graph.nodeCount());
        item.addAuthor(author);
        item.booked = 1;
        activity.post(author, r);
        live.add(item);
      }
    }
  }

  private void launch(int c, int t) {
    Campaign campaign = scenario.campaigns().get(c);
    Reaction[] reactions = reactions(scenario.population().roleArray(), campaign.appeal(), true);
    Item item = new Item(c, ItemKind.CAMPAIGN, c, scenario.brandIndex(campaign.brand()),
        campaign.sentiment().sign(), t, reactions, graph.nodeCount());
    for (int s : campaignSeeds[c]) {
      item.addAuthor(s);
      activity.post(s, roleOf[s]);
    }
    item.booked = item.cascadeSize();
    campaignItems[c] = item;
    market.spend(c, campaignSeeds[c].length * campaign.seeding().costPerSeed());
    live.add(item);
  }

  /** Paid impressions: each targeted user reads the item and may react as to any read. */
  private void showPaid(int c, long shown) {
    Item item = campaignItems[c];
    boolean reshares = rule.directReadsReshare();
    for (long k = 0; k < shown; k++) {
      int v = paid[c].target(random);
      int role = roleOf[v];
      Reaction x = item.reactions[role];
      item.read(v);
      double w = random.nextDouble();
      if (reshares && w < x.reshare && !item.sharedBy(v)) item.reshareDirect(v);
      if (x.comments(w)) {
        item.comment(v);
        activity.comment(v, role);
      }
    }
    activity.recordReshares(item, roleOf);
    market.spend(c, shown * paid[c].price());
  }

  private void trade() {
    int t = tick();
    for (Item item : live) drain(item);
    market.settle(t);
  }

  /** Hands the market what users read of and said about a brand since it last looked. */
  private void drain(Item item) {
    if (item.newReaders == null) return;
    int b = item.brand();
    for (int i = 0; i < item.newReaders.size(); i++) market.read(b, item.newReaders.get(i), item.sentiment());
    // Comments under a brand's reply are talk about the reply, not new complaints to answer.
    if (item.kind() != ItemKind.REPLY) {
      for (int i = 0; i < item.newCommenters.size(); i++) market.comment(b, item.newCommenters.get(i), tick());
    }
    item.newReaders.clear();
    item.newCommenters.clear();
  }

  /** What the market posts: reviews, complaints and churn notices by users, and brand replies. */
  private final class Publisher implements Market.Publisher {
    @Override
    public void publish(ItemKind kind, int brand, int sentiment, int author) {
      Item item = new Item(nextItemId++, kind, -1, brand, sentiment, tick(), reactionsTo(kind), graph.nodeCount());
      item.addAuthor(author);
      item.booked = 1;
      if (kind != ItemKind.REPLY) activity.post(author, roleOf[author]);
      live.add(item);
    }

    /** Each kind of post with its own appeal; a brand's reply is never reshared. */
    private Reaction[] reactionsTo(ItemKind kind) {
      switch (kind) {
        case REVIEW: return reviewReactions;
        case COMPLAINT: return complaintReactions;
        case CHURN: return churnReactions;
        case REPLY: return replyReactions;
        default: throw new IllegalArgumentException("the market does not post " + kind);
      }
    }

    @Override
    public boolean readCampaign(int campaign, int user) {
      return campaignItems[campaign] != null && campaignItems[campaign].readBy(user);
    }
  }

  /** True when nothing can happen any more: no item spreading, no posts or campaigns to come, market idle. */
  public boolean quiet() {
    if (!live.isEmpty() || organicRate > 0) return false;
    int t = tick();
    for (int c = 0; c < campaignItems.length; c++) if (campaignItems[c] == null || paid[c].pendingFrom(t + 1)) return false;
    return market.idle(t);
  }

  /** Reports the items still spreading as ended (incomplete); call once when the run stops. */
  public void endInFlight() {
    for (Item item : live) listener.itemEnded(item, false);
    live.clear();
  }

  /** Whether the diffusion model may still carry the item further after the current tick. */
  public boolean isSpreading(Item item) { return rule.inFlight(item, tick()); }

  public Scenario scenario() { return scenario; }

  public Graph graph() { return graph; }

  /** Role index of each user (shared, do not modify). */
  public byte[] roleOf() { return roleOf; }

  public Activity activity() { return activity; }

  public Market market() { return market; }

  /** The main campaign's item, or null before its start tick. */
  public Item campaignItem() { return campaignItems[0]; }

  /** A campaign's item, or null before its start tick. */
  public Item campaignItem(int campaign) { return campaignItems[campaign]; }

  /** Users who post the main campaign's item at its start (a copy). */
  public int[] campaignSeeds() { return campaignSeeds[0].clone(); }

  /** Users who post a campaign's item at its start (a copy). */
  public int[] campaignSeeds(int campaign) { return campaignSeeds[campaign].clone(); }
}
