package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.graph.Generators;
import org.viralsim.graph.Graph;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * A campaign on a population of users with roles, one tick per hour. Each tick, in this order:
 * items shared in the previous tick spread one generation ({@link #ORDER_SPREAD}); users post new
 * organic items and, at its start tick, the campaign's seeds post the campaign item
 * ({@link #ORDER_POST}); observers record the tick ({@link #ORDER_OBSERVE}). The model's only
 * randomness is {@link #random}; a generated network is drawn from it too.
 */
public class CampaignSim extends SimState {
  private static final long serialVersionUID = 1L;
  public static final int ORDER_SPREAD = 0;
  public static final int ORDER_POST = 1;
  public static final int ORDER_OBSERVE = 2;
  /** Poisson sampling accuracy and iteration cap (Commons Math's own defaults). */
  private static final double POISSON_EPSILON = 1e-12;
  private static final int POISSON_MAX_ITERATIONS = 10_000_000;

  private final Scenario scenario;
  private final Graph fixedGraph;
  private transient ItemListener listener = (item, complete) -> { };

  private Graph graph;
  private byte[] roleOf;
  private Activity activity;
  private IndependentCascade cascade;
  private Reaction[] organicReactions;
  private int[][] members;
  private PoissonDistribution[] postsPerTick;
  private final List<Item> live = new ArrayList<>();
  private Item campaignItem;
  private int[] campaignSeeds;
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
    campaignItem = null;
    nextItemId = 1;
    graph = fixedGraph != null ? fixedGraph : Generators.generate(scenario.network(), random);
    Role[] roles = scenario.population().roleArray();
    roleOf = RoleAssigner.assign(graph, scenario.population(), random);
    activity = new Activity(roleOf.length, roles.length);
    cascade = new IndependentCascade(FollowerIndex.of(graph, roleOf, roles.length), activity);
    organicReactions = reactions(roles, 1.0, false);
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
    campaignSeeds = SeedPicker.pick(scenario.campaign().seeding(), graph, roleOf, random);
    schedule.scheduleRepeating(Schedule.EPOCH, ORDER_SPREAD, state -> spread(), 1.0);
    schedule.scheduleRepeating(Schedule.EPOCH, ORDER_POST, state -> postOrganic(), 1.0);
    schedule.scheduleOnce(scenario.campaign().start(), ORDER_POST, state -> launchCampaign());
  }

  private static Reaction[] reactions(Role[] roles, double appeal, boolean countReads) {
    Reaction[] out = new Reaction[roles.length];
    for (int r = 0; r < roles.length; r++) out[r] = new Reaction(roles[r], appeal, countReads);
    return out;
  }

  /** The current tick (0 at the first step). */
  public int tick() { return (int) Math.max(0, schedule.getTime()); }

  private void spread() {
    activity.setTick(tick());
    int kept = 0;
    for (int i = 0; i < live.size(); i++) {
      Item item = live.get(i);
      int from = item.cascadeSize();
      cascade.advance(item, random);
      activity.recordReshares(item, from, roleOf);
      if (item.inFlight()) live.set(kept++, item);
      else listener.itemEnded(item, true);
    }
    live.subList(kept, live.size()).clear();
  }

  private void postOrganic() {
    int t = tick();
    for (int r = 0; r < members.length; r++) {
      if (postsPerTick[r] == null) continue;
      int posts = postsPerTick[r].sample();
      for (int k = 0; k < posts; k++) {
        int author = members[r][random.nextInt(members[r].length)];
        Item item = new Item(nextItemId++, false, t, organicReactions, graph.nodeCount());
        item.addAuthor(author);
        activity.post(author, r);
        live.add(item);
      }
    }
  }

  private void launchCampaign() {
    Reaction[] reactions = reactions(scenario.population().roleArray(), scenario.campaign().appeal(), true);
    campaignItem = new Item(0, true, tick(), reactions, graph.nodeCount());
    for (int s : campaignSeeds) {
      campaignItem.addAuthor(s);
      activity.post(s, roleOf[s]);
    }
    live.add(campaignItem);
  }

  /** True when nothing can happen any more: no item spreading, no posts to come, campaign over. */
  public boolean quiet() {
    return live.isEmpty() && organicRate == 0 && campaignItem != null;
  }

  /** Reports the items still spreading as ended (incomplete); call once when the run stops. */
  public void endInFlight() {
    for (Item item : live) listener.itemEnded(item, false);
    live.clear();
  }

  public Scenario scenario() { return scenario; }

  public Graph graph() { return graph; }

  /** Role index of each user (shared, do not modify). */
  public byte[] roleOf() { return roleOf; }

  public Activity activity() { return activity; }

  /** The campaign item, or null before its start tick. */
  public Item campaignItem() { return campaignItem; }

  /** Users who post the campaign item at its start (a copy). */
  public int[] campaignSeeds() { return campaignSeeds.clone(); }

}
