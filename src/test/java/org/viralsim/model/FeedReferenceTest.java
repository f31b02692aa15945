package org.viralsim.model;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.Feed;
import org.viralsim.config.FeedRanking;
import org.viralsim.config.Role;
import org.viralsim.graph.Graph;
import org.viralsim.testing.TestGraphs;

/**
 * The feed model against a plain reference that keeps each feed as a list and sorts it to read:
 * on small random graphs, with items posted over time, both make the same draws in the same order
 * and so must record the same sharers, parents, reads and comments.
 */
class FeedReferenceTest {
  private static final int TICKS = 30;

  /** The documented rules, written for clarity rather than speed. */
  private static final class Reference {
    private record Entry(Item item, int from, int arrival) {}

    private final Graph graph;
    private final Role role;
    private final Feed feed;
    private final List<List<Entry>> feeds = new ArrayList<>();
    private List<Integer> order = new ArrayList<>();

    Reference(Graph graph, Role role, Feed feed) {
      this.graph = graph;
      this.role = role;
      this.feed = feed;
      for (int u = 0; u < graph.nodeCount(); u++) feeds.add(null);
    }

    void spread(List<Item> live, int tick, MersenneTwisterFast random) {
      for (Item item : live) {
        for (int p = item.delivered; p < item.cascadeSize(); p++) {
          int u = item.users.get(p);
          for (int a = graph.start(u); a < graph.end(u); a++) {
            int v = graph.target(a);
            if (item.sharedBy(v)) continue;
            if (feeds.get(v) == null) {
              feeds.set(v, new ArrayList<>());
              order.add(v);
            }
            List<Entry> f = feeds.get(v);
            if (f.size() == feed.length()) f.remove(0);
            f.add(new Entry(item, p, tick));
          }
        }
        item.delivered = item.cascadeSize();
      }
      List<Integer> next = new ArrayList<>();
      for (int u : order) {
        List<Entry> f = feeds.get(u);
        f.removeIf(e -> e.arrival() + feed.lifetime() <= tick);
        if (!f.isEmpty() && (role.activity() >= 1 || random.nextDouble() < role.activity())) read(u, f, random);
        if (f.isEmpty()) {
          feeds.set(u, null);
        } else {
          next.add(u);
        }
      }
      order = next;
    }

    private void read(int u, List<Entry> f, MersenneTwisterFast random) {
      List<Integer> ranked = new ArrayList<>(IntStream.range(0, f.size()).boxed().toList());
      Comparator<Integer> newest = Comparator.<Integer>naturalOrder().reversed();
      Comparator<Integer> popular = Comparator.<Integer>comparingInt(i -> f.get(i).item().cascadeSize()).reversed();
      ranked.sort(feed.ranking() == FeedRanking.NEWEST ? newest : popular.thenComparing(newest));
      List<Integer> read = ranked.subList(0, Math.min(feed.attention(), ranked.size()));
      for (int i : read) {
        Entry e = f.get(i);
        Item item = e.item();
        item.read(u);
        Reaction x = item.reactions[0];
        double w = random.nextDouble();
        if (w < x.reshare && !item.sharedBy(u)) item.reshare(u, e.from());
        if (x.comments(w)) item.comment(u);
      }
      // By position: repeated arcs give equal entries, of which only those read go.
      read.stream().sorted(Comparator.reverseOrder()).forEach(i -> f.remove((int) i));
    }
  }

  static Stream<Arguments> cases() {
    MersenneTwisterFast random = new MersenneTwisterFast(31);
    int[] lengths = {1, 2, 3, 7, Feed.MAX};
    int[] attentions = {1, 2, 5, Feed.MAX};
    return IntStream.range(0, 40).mapToObj(i -> Arguments.of(lengths[random.nextInt(lengths.length)],
        attentions[random.nextInt(attentions.length)], 1 + random.nextInt(4),
        random.nextBoolean() ? FeedRanking.NEWEST : FeedRanking.POPULARITY, random.nextLong()));
  }

  @ParameterizedTest(name = "length {0}, attention {1}, lifetime {2}, {3}")
  @MethodSource("cases")
  void recordsWhatTheReferenceRecords(int length, int attention, int lifetime, FeedRanking ranking, long seed) {
    MersenneTwisterFast setup = new MersenneTwisterFast(seed);
    int n = 20 + setup.nextInt(60);
    Graph g = TestGraphs.randomDirected(n, n * (1 + setup.nextInt(6)), setup);
    Role role = new Role(1, 0.3 + 0.7 * setup.nextDouble(), 0, 0.5 * setup.nextDouble(), 0.3 * setup.nextDouble());
    Feed feed = new Feed(length, attention, lifetime, ranking);
    FeedDiffusion model = new FeedDiffusion(g, new byte[n], new Role[] {role}, feed, new Activity(n, 1));
    Reference reference = new Reference(g, role, feed);
    List<Item> live = new ArrayList<>();
    List<Item> shadow = new ArrayList<>();
    MersenneTwisterFast modelDraws = new MersenneTwisterFast(seed + 1);
    MersenneTwisterFast referenceDraws = new MersenneTwisterFast(seed + 1);
    for (int tick = 1; tick <= TICKS; tick++) {
      if (tick < TICKS / 2) {
        for (int k = setup.nextInt(4); k > 0; k--) {
          int[] authors = SingleCascade.randomUsers(n, 1 + setup.nextInt(3), setup);
          boolean countReads = setup.nextBoolean();
          live.add(item(live.size(), role, countReads, n, authors));
          shadow.add(item(shadow.size(), role, countReads, n, authors));
        }
      }
      model.spread(live, tick, modelDraws);
      reference.spread(shadow, tick, referenceDraws);
    }
    for (int i = 0; i < live.size(); i++) {
      Item a = live.get(i);
      Item b = shadow.get(i);
      assertThat(a.sharersInOrder()).as("sharers of item %d", i).containsExactly(b.sharersInOrder());
      assertThat(a.parentIndex()).as("parents of item %d", i).containsExactly(b.parentIndex());
      assertThat(a.impressions()).as("reads of item %d", i).isEqualTo(b.impressions());
      assertThat(a.comments()).as("comments of item %d", i).isEqualTo(b.comments());
      assertThat(a.reach()).as("reach of item %d", i).isEqualTo(b.reach());
    }
    assertThat(modelDraws.nextLong()).as("as many draws").isEqualTo(referenceDraws.nextLong());
  }

  private static Item item(int id, Role role, boolean countReads, int n, int[] authors) {
    Item item = new Item(id, countReads, 0, new Reaction[] {new Reaction(role, 1, countReads)}, n);
    for (int a : authors) item.addAuthor(a);
    return item;
  }
}
