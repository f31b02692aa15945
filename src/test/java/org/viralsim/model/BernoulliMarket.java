package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import java.util.BitSet;
import org.viralsim.config.Brand;
import org.viralsim.config.Consumers;
import org.viralsim.config.Incident;
import org.viralsim.config.ResponsePolicy;

/**
 * The market as it was before it became event-driven, for one brand, kept as the reference the
 * event-driven {@link Market} must agree with in distribution: every tick it visits every aware
 * non-owner with one Bernoulli draw of p(a), and every owner for churn. Posts are only counted.
 */
final class BernoulliMarket {
  private final Consumers consumers;
  private final Brand brand;
  private final MersenneTwisterFast random;
  private final double[] attitude;
  private final BitSet aware = new BitSet();
  private final BitSet owners = new BitSet();
  private final BitSet alwaysConsults = new BitSet();
  private final double otherConsultChance;
  private final IntList reviews = new IntList();
  /** (due tick, complainer) pairs in order. */
  private final IntList replies = new IntList();
  private int replyHead;
  long conversions;
  long abandoned;
  long churned;
  long posts;

  /** Draws initial owners, then those who always read reviews, as {@link Market} does. */
  BernoulliMarket(Consumers consumers, Brand brand, int users, MersenneTwisterFast random) {
    this.consumers = consumers;
    this.brand = brand;
    this.random = random;
    attitude = new double[users];
    java.util.Arrays.fill(attitude, (float) consumers.initialAttitude());
    for (int u = 0; brand.customers() > 0 && u < users; u++) {
      if (random.nextDouble() < brand.customers()) {
        owners.set(u);
        aware.set(u);
      }
    }
    for (int u = 0; consumers.consultAlways() > 0 && u < users; u++) {
      if (random.nextDouble() < consumers.consultAlways()) alwaysConsults.set(u);
    }
    otherConsultChance = consumers.consultAlways() >= 1 ? 0
        : (consumers.consult() - consumers.consultAlways()) / (1 - consumers.consultAlways());
  }

  void read(int user, int sentiment) {
    aware.set(user);
    feel(user, sentiment);
  }

  private void feel(int user, int sentiment) {
    if (sentiment == 0) return;
    double step = sentiment > 0 ? consumers.impact() : -consumers.impact() * consumers.negativity();
    attitude[user] = (float) Math.max(-1, Math.min(1, attitude[user] + step));
  }

  private void post(int user, int sentiment, int tick) {
    posts++;
    var response = brand.response();
    if (sentiment < 0 && response.policy() == ResponsePolicy.RESPOND && random.nextDouble() < response.coverage()) {
      replies.add(tick + response.delay());
      replies.add(user);
    }
  }

  void settle(int tick) {
    for (Incident incident : brand.incidents()) if (incident.tick() == tick) incident(incident, tick);
    purchases(tick);
    churn(tick);
    replies(tick);
  }

  private void incident(Incident incident, int tick) {
    BitSet group = incident.among() == Incident.Among.CUSTOMERS ? (BitSet) owners.clone() : null;
    for (int u = group == null ? 0 : group.nextSetBit(0); u >= 0 && u < attitude.length;
         u = group == null ? u + 1 : group.nextSetBit(u + 1)) {
      if (random.nextDouble() >= incident.share()) continue;
      aware.set(u);
      feel(u, -1);
      post(u, -1, tick);
    }
  }

  private double chance(double a) {
    return consumers.purchaseRate() * Math.max(0, 1 + consumers.attitudeEffect() * a);
  }

  private void purchases(int tick) {
    BitSet candidates = (BitSet) aware.clone();
    candidates.andNot(owners);
    for (int u = candidates.nextSetBit(0); u >= 0; u = candidates.nextSetBit(u + 1)) {
      if (attitude[u] < (float) consumers.churnBelow()) continue;
      double wish = chance(attitude[u]);
      if (wish <= 0 || random.nextDouble() >= wish) continue;
      if (alwaysConsults.get(u) || random.nextDouble() < otherConsultChance) {
        for (int i = reviews.size() - 1; i >= Math.max(0, reviews.size() - consumers.reviewsRead()); i--) {
          feel(u, reviews.get(i));
        }
        if (random.nextDouble() >= Math.min(1, chance(attitude[u]) / wish)) {
          abandoned++;
          continue;
        }
      }
      owners.set(u);
      conversions++;
      boolean satisfied = random.nextDouble() < brand.satisfaction();
      feel(u, satisfied ? 1 : -1);
      if (random.nextDouble() < consumers.reviewPost()) {
        reviews.add(satisfied ? 1 : -1);
        post(u, satisfied ? 1 : -1, tick);
      }
    }
  }

  private void churn(int tick) {
    for (int u = owners.nextSetBit(0); u >= 0; u = owners.nextSetBit(u + 1)) {
      if (attitude[u] >= (float) consumers.churnBelow()) continue;
      owners.clear(u);
      churned++;
      if (random.nextDouble() < consumers.churnAnnounce()) post(u, -1, tick);
    }
  }

  private void replies(int tick) {
    while (replyHead < replies.size() && replies.get(replyHead) <= tick) {
      int user = replies.get(replyHead + 1);
      replyHead += 2;
      posts++;
      if (random.nextDouble() < brand.response().effectiveness()) {
        double a = attitude[user];
        attitude[user] = (float) Math.max(-1, Math.min(1, a < 0 ? -a : Math.max(a, consumers.impact())));
      }
    }
  }

  boolean owns(int user) { return owners.get(user); }

  double attitude(int user) { return attitude[user]; }
}
