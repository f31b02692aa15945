package org.viralsim.model;

import ec.util.MersenneTwisterFast;
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
  /** Per brand, complaints waiting for a reply: (due tick, complainer) pairs in order. */
  private final IntList[] replyQueue;
  private final int[] replyHead;
  private final long[] campaignConversions;
  private final double[] campaignCost;
  private final double otherConsultChance;

  Market(Consumers consumers, List<Brand> brands, List<Campaign> campaigns, int users, MersenneTwisterFast random,
      Publisher publisher) {
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
    for (int i = 0; i < b; i++) {
      java.util.Arrays.fill(attitude[i], (float) consumers.initialAttitude());
      aware[i] = new BitSet(users);
      owners[i] = new BitSet(users);
      ledgers[i] = new BrandLedger();
      ledgers[i].attitudeSum = (double) (float) consumers.initialAttitude() * users;
      reviews[i] = new IntList(16);
      replyQueue[i] = new IntList(16);
      double share = this.brands[i].customers();
      for (int u = 0; share > 0 && u < users; u++) {
        if (random.nextDouble() < share) {
          owners[i].set(u);
          aware[i].set(u);
        }
      }
      ledgers[i].customers = owners[i].cardinality();
      ledgers[i].aware = ledgers[i].customers;
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
      feel(b, u, -1);
      post(ItemKind.COMPLAINT, b, u, -1, tick);
    }
  }

  private void purchases(int b, int tick) {
    if (consumers.purchaseRate() <= 0) return;
    BitSet candidates = (BitSet) aware[b].clone();
    candidates.andNot(owners[b]);
    for (int u = candidates.nextSetBit(0); u >= 0; u = candidates.nextSetBit(u + 1)) {
      // Nobody buys what they would give up at once.
      if (attitude[b][u] < (float) consumers.churnBelow()) continue;
      double wish = buyChance(attitude[b][u]);
      if (wish <= 0 || random.nextDouble() >= wish) continue;
      if (alwaysConsults.get(u) || random.nextDouble() < otherConsultChance) {
        consultReviews(b, u);
        // Reviews can only talk a would-be buyer out of it: keep the wish with the ratio of chances.
        if (random.nextDouble() >= Math.min(1, buyChance(attitude[b][u]) / wish)) {
          ledgers[b].abandoned++;
          continue;
        }
      }
      buy(b, u, tick);
    }
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

  private void churn(int b, int tick) {
    float below = (float) consumers.churnBelow();
    BitSet own = owners[b];
    for (int u = own.nextSetBit(0); u >= 0; u = own.nextSetBit(u + 1)) {
      if (attitude[b][u] >= below) continue;
      own.clear(u);
      ledgers[b].customers--;
      ledgers[b].churned++;
      if (random.nextDouble() < consumers.churnAnnounce()) post(ItemKind.CHURN, b, u, -1, tick);
    }
  }

  /** Whether nothing can happen any more without new reads: no reply due, no incident ahead, nobody to buy. */
  boolean idle(int tick) {
    for (int b = 0; b < brands.length; b++) {
      if (replyHead[b] < replyQueue[b].size()) return false;
      for (Incident i : brands[b].incidents()) if (i.tick() > tick) return false;
      if (consumers.purchaseRate() > 0 && ledgers[b].aware > ledgers[b].customers) return false;
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
