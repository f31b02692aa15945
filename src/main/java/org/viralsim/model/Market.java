package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.viralsim.config.Brand;
import org.viralsim.config.Campaign;
import org.viralsim.config.Consumers;
import org.viralsim.config.Incident;
import org.viralsim.config.ResponsePolicy;

/**
 * How users feel about brands and what they buy. Each user holds an attitude in [-1, 1] towards
 * each brand, moved by the items about it they read (negative ones weigh more). Aware users who do
 * not own the product may buy it, some after reading the latest reviews; buyers may review it;
 * customers whose attitude falls too low give it up; incidents make users complain; a brand that
 * responds replies to complaints in public. New posts go out through a {@link Publisher}.
 *
 * <p>Event-driven: no pass over users per tick. A would-be buyer's next wish is a waiting time in a
 * {@link WishSchedule}, drawn at a bound on its chance per tick and thinned to the chance of its
 * attitude when it comes; a rise above the bound redraws it (exact: the trials are memoryless). An
 * owner whose attitude falls below the churn line is put on a list for the next churn step.
 */
public final class Market {
  /** What the market needs from the model. */
  interface Publisher {
    /** Posts a new item about a brand by {@code author} at the current tick. */
    void publish(ItemKind kind, int brand, int sentiment, int author);

    /** Whether the user has read the item of that campaign. */
    boolean readCampaign(int campaign, int user);
  }

  private final Consumers consumers;
  private final Brand[] brands;
  private final int[][] campaignsOf;
  private final MersenneTwisterFast random;
  private final Publisher publisher;
  private final float[][] attitude;
  private final BitSet[] aware;
  private final BitSet[] owners;
  private final BitSet alwaysConsults;
  private final BrandLedger[] ledgers;
  private final IntList[] reviews;
  private final WishSchedule[] wishes;
  /** Per brand, the first tick whose purchase step has not run: a new wait starts there. */
  private final int[] purchaseFrom;
  /** Per brand, owners who fell below the churn line since the last churn step, and a mark for each. */
  private final IntList[] churnList;
  private final BitSet[] churnListed;
  /** Per brand, complaints waiting for a reply: (due tick, complainer) pairs in order. */
  private final IntList[] replyQueue;
  private final int[] replyHead;
  private final long[] campaignConversions;
  private final double[] campaignCost;
  private final double otherConsultChance;
  /**
   * The would-be buyer the purchase step is deciding on, or -1: its reviews and its purchase move
   * its attitude several times, and it is reconsidered once, when the decision is made.
   */
  private int deciding = -1;

  /** @param lastTick the run's last tick: waits ending later are not kept */
  Market(Consumers consumers, List<Brand> brands, List<Campaign> campaigns, int users, int lastTick,
      MersenneTwisterFast random, Publisher publisher) {
    this.consumers = consumers;
    this.brands = brands.toArray(Brand[]::new);
    this.random = random;
    this.publisher = publisher;
    int b = this.brands.length;
    campaignsOf = new int[b][];
    for (int i = 0; i < b; i++) {
      String name = this.brands[i].name();
      campaignsOf[i] = java.util.stream.IntStream.range(0, campaigns.size())
          .filter(c -> campaigns.get(c).brand().equals(name)).toArray();
    }
    attitude = new float[b][users];
    aware = new BitSet[b];
    owners = new BitSet[b];
    ledgers = new BrandLedger[b];
    reviews = new IntList[b];
    replyQueue = new IntList[b];
    replyHead = new int[b];
    wishes = new WishSchedule[b];
    purchaseFrom = new int[b];
    churnList = new IntList[b];
    churnListed = new BitSet[b];
    for (int i = 0; i < b; i++) {
      java.util.Arrays.fill(attitude[i], (float) consumers.initialAttitude());
      aware[i] = new BitSet(users);
      owners[i] = new BitSet(users);
      ledgers[i] = new BrandLedger();
      ledgers[i].attitudeSum = (double) (float) consumers.initialAttitude() * users;
      reviews[i] = new IntList(16);
      replyQueue[i] = new IntList(16);
      wishes[i] = new WishSchedule(users, lastTick);
      churnList[i] = new IntList(16);
      churnListed[i] = new BitSet();
      double share = this.brands[i].customers();
      for (int u = 0; share > 0 && u < users; u++) {
        if (random.nextDouble() < share) {
          owners[i].set(u);
          aware[i].set(u);
        }
      }
      ledgers[i].customers = owners[i].cardinality();
      ledgers[i].aware = ledgers[i].customers;
      for (int u = owners[i].nextSetBit(0); u >= 0; u = owners[i].nextSetBit(u + 1)) reconsider(i, u);
    }
    alwaysConsults = new BitSet(users);
    for (int u = 0; consumers.consultAlways() > 0 && u < users; u++) {
      if (random.nextDouble() < consumers.consultAlways()) alwaysConsults.set(u);
    }
    // Those who do not always read reviews do so with this chance, so that `consult` do in all.
    otherConsultChance = consumers.consultAlways() >= 1 ? 0
        : (consumers.consult() - consumers.consultAlways()) / (1 - consumers.consultAlways());
    campaignConversions = new long[campaigns.size()];
    campaignCost = new double[campaigns.size()];
  }

  /** The user read, for the first time, an item about the brand with this sentiment. */
  void read(int brand, int user, int sentiment) {
    if (!aware[brand].get(user)) {
      aware[brand].set(user);
      ledgers[brand].aware++;
      if (sentiment == 0) reconsider(brand, user);
    }
    if (sentiment < 0) ledgers[brand].negativeReads++;
    feel(brand, user, sentiment);
  }

  /** Moves the user's attitude one step in the direction of the sentiment. */
  private void feel(int brand, int user, int sentiment) {
    if (sentiment == 0) return;
    double step = sentiment > 0 ? consumers.impact() : -consumers.impact() * consumers.negativity();
    setAttitude(brand, user, attitude[brand][user] + step);
  }

  private void setAttitude(int brand, int user, double value) {
    float v = (float) Math.max(-1, Math.min(1, value));
    // In double: the difference of two floats is exact there, not in float.
    ledgers[brand].attitudeSum += (double) v - attitude[brand][user];
    attitude[brand][user] = v;
    reconsider(brand, user);
  }

  /**
   * After the user's attitude, awareness or ownership changed: an owner below the churn line is
   * listed for the next churn step; a would-be buyer whose chance rose above the bound of its wait
   * gets a new one, from the next purchase step; one who can no longer buy has none.
   */
  private void reconsider(int b, int user) {
    if (user == deciding) return;
    float a = attitude[b][user];
    if (owners[b].get(user)) {
      if (a < (float) consumers.churnBelow() && !churnListed[b].get(user)) {
        churnListed[b].set(user);
        churnList[b].add(user);
      }
      return;
    }
    if (!aware[b].get(user)) return;
    double chance = wishChance(a);
    WishSchedule w = wishes[b];
    if (chance <= 0) {
      w.cancel(user);
    } else if (!w.drawn(user) || chance > w.bound(user)) {
      w.draw(user, chance, purchaseFrom[b], random);
    }
  }

  /** The chance per tick that an aware user who does not own the product wants it. */
  private double wishChance(float a) {
    // Nobody buys what they would give up at once.
    if (a < (float) consumers.churnBelow()) return 0;
    return Math.min(1, buyChance(a));
  }

  /** The user commented on an item about the brand: the comment's tone follows the user's attitude. */
  void comment(int brand, int user, int tick) {
    double a = attitude[brand][user];
    if (a > consumers.neutralBand()) {
      ledgers[brand].positiveMentions++;
    } else if (a < -consumers.neutralBand()) {
      ledgers[brand].negativeMentions++;
      complaint(brand, user, tick);
    } else {
      ledgers[brand].neutralMentions++;
    }
  }

  /** A user posts something negative about the brand (the post itself is published by the caller). */
  private void complaint(int brand, int user, int tick) {
    ledgers[brand].complaints++;
    var response = brands[brand].response();
    if (response.policy() == ResponsePolicy.RESPOND && random.nextDouble() < response.coverage()) {
      replyQueue[brand].add(tick + response.delay());
      replyQueue[brand].add(user);
    }
  }

  /** A user posts about the brand: published, counted as a mention, and a complaint if negative. */
  private void post(ItemKind kind, int brand, int user, int sentiment, int tick) {
    publisher.publish(kind, brand, sentiment, user);
    if (sentiment > 0) {
      ledgers[brand].positiveMentions++;
    } else if (sentiment < 0) {
      ledgers[brand].negativeMentions++;
      complaint(brand, user, tick);
    } else {
      ledgers[brand].neutralMentions++;
    }
  }

  /** Books money spent for a campaign at the current tick. */
  void spend(int campaign, double euros) { campaignCost[campaign] += euros; }

  /**
   * One tick of the market, after spreading and posting: incidents, purchases, churn, then the
   * replies due, so that a complaint made at this tick with delay 0 is answered at this tick too.
   */
  void settle(int tick) {
    for (int b = 0; b < brands.length; b++) {
      for (Incident incident : brands[b].incidents()) if (incident.tick() == tick) incident(b, incident, tick);
      purchases(b, tick);
      churn(b, tick);
      replies(b, tick);
    }
  }

  private void replies(int b, int tick) {
    IntList queue = replyQueue[b];
    var response = brands[b].response();
    while (replyHead[b] < queue.size() && queue.get(replyHead[b]) <= tick) {
      int complainer = queue.get(replyHead[b] + 1);
      replyHead[b] += 2;
      ledgers[b].answered++;
      if (campaignsOf[b].length > 0) campaignCost[campaignsOf[b][0]] += response.costPerReply();
      publisher.publish(ItemKind.REPLY, b, 1, complainer);
      if (random.nextDouble() < response.effectiveness()) {
        double a = attitude[b][complainer];
        setAttitude(b, complainer, a < 0 ? -a : Math.max(a, consumers.impact()));
      }
    }
  }

  private void incident(int b, Incident incident, int tick) {
    BitSet group = incident.among() == Incident.Among.CUSTOMERS ? (BitSet) owners[b].clone() : null;
    int n = attitude[b].length;
    for (int u = group == null ? 0 : group.nextSetBit(0); u >= 0 && u < n;
         u = group == null ? u + 1 : group.nextSetBit(u + 1)) {
      if (random.nextDouble() >= incident.share()) continue;
      if (!aware[b].get(u)) {
        aware[b].set(u);
        ledgers[b].aware++;
      }
      feel(b, u, -1); // reconsiders u, now aware
      post(ItemKind.COMPLAINT, b, u, -1, tick);
    }
  }

  /**
   * The users whose wait ends now, in user order. A wait drawn at the bound q stands for a wish
   * with the chance p(a) of the attitude now (p <= q) when a second draw keeps it with p / q: each
   * tick's chance is then exactly p(a), as if every user were drawn every tick.
   */
  private void purchases(int b, int tick) {
    purchaseFrom[b] = tick + 1;
    WishSchedule w = wishes[b];
    for (int u = w.next(tick); u >= 0; u = w.next(tick)) {
      double chance = wishChance(attitude[b][u]);
      double bound = w.bound(u);
      if (chance >= bound || random.nextDouble() * bound < chance) {
        deciding = u;
        decide(b, u, tick);
        deciding = -1;
      }
      reconsider(b, u);
    }
  }

  /** A user who wants the product: reads reviews or not, then buys or gives up. */
  private void decide(int b, int u, int tick) {
    double wish = buyChance(attitude[b][u]);
    if (alwaysConsults.get(u) || random.nextDouble() < otherConsultChance) {
      consultReviews(b, u);
      // Reviews can only talk a would-be buyer out of it: keep the wish with the ratio of chances.
      if (random.nextDouble() >= Math.min(1, buyChance(attitude[b][u]) / wish)) {
        ledgers[b].abandoned++;
        return;
      }
    }
    buy(b, u, tick);
  }

  private double buyChance(double a) {
    return consumers.purchaseRate() * Math.max(0, 1 + consumers.attitudeEffect() * a);
  }

  private void consultReviews(int b, int user) {
    IntList pool = reviews[b];
    int from = Math.max(0, pool.size() - consumers.reviewsRead());
    for (int i = pool.size() - 1; i >= from; i--) {
      int sentiment = pool.get(i);
      if (sentiment < 0) ledgers[b].negativeReads++;
      feel(b, user, sentiment);
    }
  }

  private void buy(int b, int user, int tick) {
    owners[b].set(user);
    ledgers[b].customers++;
    ledgers[b].conversions++;
    for (int c : campaignsOf[b]) if (publisher.readCampaign(c, user)) campaignConversions[c]++;
    boolean satisfied = random.nextDouble() < brands[b].satisfaction();
    feel(b, user, satisfied ? 1 : -1);
    if (random.nextDouble() < consumers.reviewPost()) {
      int sentiment = satisfied ? 1 : -1;
      reviews[b].add(sentiment);
      post(ItemKind.REVIEW, b, user, sentiment, tick);
    }
  }

  /** The listed owners still below the churn line give the product up, in user order. */
  private void churn(int b, int tick) {
    if (churnList[b].size() == 0) return;
    int[] listed = churnList[b].toArray();
    churnList[b].clear();
    churnListed[b].clear();
    Arrays.sort(listed);
    float below = (float) consumers.churnBelow();
    for (int u : listed) {
      if (!owners[b].get(u) || attitude[b][u] >= below) continue;
      owners[b].clear(u);
      ledgers[b].customers--;
      ledgers[b].churned++;
      if (random.nextDouble() < consumers.churnAnnounce()) post(ItemKind.CHURN, b, u, -1, tick);
      reconsider(b, u);
    }
  }

  /**
   * Whether nothing can happen any more without new reads: no reply due, no incident ahead, nobody
   * listed to churn and no wish due by the last tick.
   */
  boolean idle(int tick) {
    for (int b = 0; b < brands.length; b++) {
      if (replyHead[b] < replyQueue[b].size()) return false;
      for (Incident i : brands[b].incidents()) if (i.tick() > tick) return false;
      if (churnList[b].size() > 0 || !wishes[b].isEmpty()) return false;
    }
    return true;
  }

  public int brandCount() { return brands.length; }

  public BrandLedger ledger(int brand) { return ledgers[brand]; }

  /** Buyers who had read the campaign's item. */
  public long conversions(int campaign) { return campaignConversions[campaign]; }

  /** Euros spent on the campaign so far: seeds, paid impressions and replies to complaints. */
  public double cost(int campaign) { return campaignCost[campaign]; }

  /** The user's attitude towards the brand. */
  public double attitude(int brand, int user) { return attitude[brand][user]; }

  /** Whether the user owns the brand's product. */
  public boolean owns(int brand, int user) { return owners[brand].get(user); }
}
