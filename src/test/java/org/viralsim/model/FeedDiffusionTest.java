package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.config.Feed;
import org.viralsim.config.FeedRanking;
import org.viralsim.config.Role;
import org.viralsim.graph.Graph;
import org.viralsim.stats.TreeMetrics;
import org.viralsim.testing.TestGraphs;

/** The feed rules on graphs small enough to follow every entry by hand. */
class FeedDiffusionTest {
  private static final Role READS_ONLY = new Role(1, 1, 0, 0, 0);
  private static final Role OFFLINE = new Role(1, 0, 0, 0, 0);
  private static final int UNBOUNDED = Feed.MAX;

  private final MersenneTwisterFast random = new MersenneTwisterFast(5);

  private static FeedDiffusion feed(Graph g, Role role, Activity activity, int length, int attention, int lifetime,
      FeedRanking ranking) {
    Feed feed = new Feed(length, attention, lifetime, ranking);
    return new FeedDiffusion(g, new byte[g.nodeCount()], new Role[] {role}, feed, activity);
  }

  private static FeedDiffusion feed(Graph g, Role role, int length, int attention, int lifetime, FeedRanking ranking) {
    return feed(g, role, new Activity(g.nodeCount(), 1), length, attention, lifetime, ranking);
  }

  /** An item whose reads are counted, posted by the given users. */
  private static Item post(int id, Graph g, Role role, int... authors) {
    Item item = new Item(id, true, 0, new Reaction[] {new Reaction(role, 1, true)}, g.nodeCount());
    for (int a : authors) item.addAuthor(a);
    return item;
  }

  /** User 0 follows 1..k, and user i posts item i-1 of the list: their entries arrive in list order. */
  private static List<Item> onePostEach(Graph g, Role role, int k) {
    Item[] items = new Item[k];
    for (int i = 0; i < k; i++) items[i] = post(i + 1, g, role, i + 1);
    return List.of(items);
  }

  @Test
  void aFullFeedPushesItsOldestEntryOutUnseen() {
    Graph g = TestGraphs.reader(3);
    List<Item> items = onePostEach(g, READS_ONLY, 3);
    feed(g, READS_ONLY, 2, UNBOUNDED, 1, FeedRanking.NEWEST).spread(items, 1, random);
    assertThat(items.get(0).readBy(0)).as("pushed out by the third entry").isFalse();
    assertThat(items.get(1).readBy(0)).isTrue();
    assertThat(items.get(2).readBy(0)).isTrue();
    assertThat(items.get(0).impressions() + items.get(1).impressions() + items.get(2).impressions()).isEqualTo(2);
  }

  /** Nobody reads, so entries stay until they go stale; the pushed-out item has none left at once. */
  @Test
  void anItemWhoseEntriesWerePushedOutIsNoLongerInFlight() {
    Graph g = TestGraphs.reader(3);
    List<Item> items = onePostEach(g, OFFLINE, 3);
    FeedDiffusion model = feed(g, OFFLINE, 2, UNBOUNDED, 3, FeedRanking.NEWEST);
    model.spread(items, 1, random);
    assertThat(model.inFlight(items.get(0), 1)).isFalse();
    // Delivered at tick 1 with lifetime 3: readable through tick 3, so in flight after ticks 1 and 2.
    assertThat(model.inFlight(items.get(2), 1)).isTrue();
    assertThat(model.inFlight(items.get(2), 2)).isTrue();
    assertThat(model.inFlight(items.get(2), 3)).isFalse();
  }

  /** A feed of one entry: the item's second entry pushes out its first, and the item stays in flight. */
  @Test
  void anEntryPushedOutByOneOfTheSameItemKeepsItInFlight() {
    Graph g = TestGraphs.reader(3);
    FeedDiffusion model = feed(g, OFFLINE, 1, UNBOUNDED, 2, FeedRanking.NEWEST);
    Item a = post(1, g, OFFLINE, 1, 2);
    model.spread(List.of(a), 1, random);
    assertThat(model.inFlight(a, 1)).isTrue();
    Item b = post(2, g, OFFLINE, 3);
    model.spread(List.of(a, b), 2, random);
    assertThat(model.inFlight(a, 2)).as("pushed out by b").isFalse();
    assertThat(model.inFlight(b, 2)).isTrue();
  }

  /**
   * Attention 1: the reader takes the newest entry each tick, so item 3 at tick 1, item 2 at tick 2
   * and item 1 at tick 3, each only while its entry (arrived at tick 1) is readable.
   */
  @ParameterizedTest(name = "lifetime {0}")
  @ValueSource(ints = {1, 2, 3, 4})
  void entriesAreReadableForTheirLifetimeOnly(int lifetime) {
    Graph g = TestGraphs.reader(3);
    List<Item> items = onePostEach(g, READS_ONLY, 3);
    FeedDiffusion model = feed(g, READS_ONLY, UNBOUNDED, 1, lifetime, FeedRanking.NEWEST);
    for (int tick = 1; tick <= 4; tick++) {
      model.spread(items, tick, random);
      for (int i = 0; i < 3; i++) {
        int readAt = 3 - i;
        boolean read = readAt <= tick && readAt <= lifetime;
        assertThat(items.get(i).readBy(0)).as("item %d after tick %d", i + 1, tick).isEqualTo(read);
      }
      assertThat(model.inFlight(items.get(0), tick)).isEqualTo(tick + 1 <= lifetime && tick < 3);
    }
  }

  @Test
  void attentionCapsTheEntriesReadPerTick() {
    Graph g = TestGraphs.reader(5);
    List<Item> items = onePostEach(g, READS_ONLY, 5);
    FeedDiffusion model = feed(g, READS_ONLY, UNBOUNDED, 3, 2, FeedRanking.NEWEST);
    model.spread(items, 1, random);
    assertThat(items).extracting(i -> i.readBy(0)).containsExactly(false, false, true, true, true);
    model.spread(items, 2, random);
    assertThat(items).extracting(i -> i.readBy(0)).containsExactly(true, true, true, true, true);
    assertThat(items.stream().mapToLong(Item::impressions).sum()).as("each entry read once").isEqualTo(5);
  }

  /**
   * User 0 follows 1 to 4. Item a is posted by 1, 3 and 4 (three entries), item b by 2 (one
   * entry, delivered last): with attention 1, newest first reads b, popularity reads a (its newest
   * entry, from 4).
   */
  @Test
  void newestFirstReadsTheLatestEntryPopularityTheLargestCascade() {
    Graph g = TestGraphs.reader(4);
    Item a = post(1, g, READS_ONLY, 1, 3, 4);
    Item b = post(2, g, READS_ONLY, 2);
    feed(g, READS_ONLY, UNBOUNDED, 1, 1, FeedRanking.NEWEST).spread(List.of(a, b), 1, random);
    assertThat(a.readBy(0)).isFalse();
    assertThat(b.readBy(0)).isTrue();

    Item c = post(1, g, new Role(1, 1, 0, 1, 0), 1, 3, 4);
    Item d = post(2, g, READS_ONLY, 2);
    feed(g, new Role(1, 1, 0, 1, 0), UNBOUNDED, 1, 1, FeedRanking.POPULARITY).spread(List.of(c, d), 1, random);
    assertThat(d.readBy(0)).isFalse();
    assertThat(c.impressions()).isEqualTo(1);
    assertThat(c.parentIndex()).containsExactly(-1, -1, -1, 2);
  }

  @Test
  void popularityBreaksTiesByNewest() {
    Graph g = TestGraphs.reader(2);
    List<Item> items = onePostEach(g, READS_ONLY, 2);
    feed(g, READS_ONLY, UNBOUNDED, 1, 1, FeedRanking.POPULARITY).spread(items, 1, random);
    assertThat(items).extracting(i -> i.readBy(0)).containsExactly(false, true);
  }

  /**
   * The hub of an undirected star reads three entries of one item, posted by its three leaves: it
   * reshares once (from the first entry it reads, the newest), and every entry is a read and a
   * chance to comment. Its reshare goes to nobody, as all its followers shared the item.
   */
  @Test
  void aUserResharesAnItemAtMostOnce() {
    Graph g = TestGraphs.undirectedStar(3);
    Role always = new Role(1, 1, 0, 1, 1);
    Activity activity = new Activity(g.nodeCount(), 1);
    activity.beginTick(1);
    FeedDiffusion model = feed(g, always, activity, UNBOUNDED, UNBOUNDED, 1, FeedRanking.NEWEST);
    Item item = post(1, g, always, 1, 2, 3);
    List<Item> live = List.of(item);
    model.spread(live, 1, random);
    assertThat(item.sharersInOrder()).containsExactly(1, 2, 3, 0);
    assertThat(item.parentIndex()).containsExactly(-1, -1, -1, 2);
    assertThat(item.impressions()).isEqualTo(3);
    assertThat(item.comments()).isEqualTo(3);
    assertThat(activity.comments(0)).isEqualTo(3);
    assertThat(TreeMetrics.depth(item.parentIndex())).isEqualTo(1);
    assertThat(TreeMetrics.maxBreadth(item.parentIndex())).isEqualTo(3);
    assertThat(model.inFlight(item, 1)).as("the hub's reshare is still to be delivered").isTrue();
    model.spread(live, 2, random);
    assertThat(item.cascadeSize()).isEqualTo(4);
    assertThat(item.impressions()).isEqualTo(3);
    assertThat(model.inFlight(item, 2)).isFalse();
  }

  /** As in the independent cascade, a share reaches the followers at the next tick: one hop per tick. */
  @Test
  void certainResharesRunDownAChainOneHopPerTick() {
    int k = 4;
    Graph chain = TestGraphs.directedChain(k);
    Role always = new Role(1, 1, 0, 1, 0);
    FeedDiffusion model = feed(chain, always, UNBOUNDED, UNBOUNDED, 1, FeedRanking.NEWEST);
    Item item = post(1, chain, always, 0);
    List<Item> live = List.of(item);
    for (int tick = 1; tick <= k; tick++) {
      model.spread(live, tick, random);
      assertThat(item.cascadeSize()).isEqualTo(tick + 1);
      assertThat(TreeMetrics.depth(item.parentIndex())).isEqualTo(tick);
      assertThat(model.inFlight(item, tick)).isTrue();
    }
    model.spread(live, k + 1, random);
    assertThat(model.inFlight(item, k + 1)).isFalse();
    assertThat(TreeMetrics.maxBreadth(item.parentIndex())).isEqualTo(1);
    assertThat(item.parentIndex()).containsExactly(-1, 0, 1, 2, 3);
  }
}
