package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.viralsim.config.Feed;
import org.viralsim.config.FeedRanking;
import org.viralsim.config.Role;
import org.viralsim.graph.Graph;

/**
 * Limited attention (Weng, Flammini, Vespignani &amp; Menczer 2012, Sci. Rep. 2:335; the model of
 * OSoMe's SimSoM). When a user posts or reshares an item, one entry lands in the feed of each
 * follower who has not shared the item; a new entry that finds a feed full pushes the oldest one
 * out unseen. Each tick first delivers what was shared since the last tick, then lets users read:
 * a user whose feed holds readable entries is online with its role's activity, and then reads the
 * top {@code attention} entries in ranking order, removing them. Each read is a chance to reshare
 * (reshare x appeal, at most once per user and item) and a chance to comment. An entry is readable
 * for {@code lifetime} ticks from its arrival; with lifetime 1 that is the tick after the share, as
 * in the independent cascade. With feeds and attention unbounded, lifetime 1 and every user always
 * online, this model is the independent cascade.
 */
final class FeedDiffusion implements DiffusionRule {
  /*
   * Feeds are hand-written int arrays rather than objects or collections: a network of millions
   * of users holds millions of entries each tick, and three ints per entry packed in one array per
   * user (none for users with empty feeds) cost a fraction of an object per entry, with no boxing.
   * feeds[u] is a ring buffer: [HEAD, COUNT, then STRIDE ints per entry: slot, from, arrival].
   * Entries are kept in delivery order, so arrival ticks never decrease from head to tail.
   */
  private static final int HEAD = 0;
  private static final int COUNT = 1;
  private static final int HEADER = 2;
  private static final int STRIDE = 3;
  private static final int FROM = 1;
  private static final int ARRIVAL = 2;
  private static final int FIRST_CAPACITY = 4;

  private final int[] offsets;
  private final int[] targets;
  private final byte[] roleOf;
  private final double[] online;
  private final Activity activity;
  private final int length;
  private final int attention;
  private final int lifetime;
  private final boolean byPopularity;

  private final int[][] feeds;
  /** Users whose feed is not empty, in the order their feeds were started: the order they read in. */
  private int[] readers = new int[16];
  private int readerCount;
  /**
   * Entries name items by slot, reused once no entry names the item; entriesOf[slot] counts
   * the entries in feeds, so a slot is never reused while an old entry still points at it.
   */
  private Item[] itemOf = new Item[16];
  private int[] entriesOf = new int[16];
  private int[] freeSlots = new int[16];
  private int freeCount;
  private int slotsUsed;
  /** Scratch for ranking by popularity: cascade size in the high bits, position in the feed low. */
  private long[] ranked = new long[16];

  /** What the model keeps per item. */
  private static final class State {
    int slot = -1;
    /** The last tick at which an entry of the item was delivered. */
    int lastDelivery;
  }

  FeedDiffusion(Graph graph, byte[] roleOf, Role[] roles, Feed feed, Activity activity) {
    this.offsets = graph.offsets();
    this.targets = graph.targets();
    this.roleOf = roleOf;
    this.online = new double[roles.length];
    for (int r = 0; r < roles.length; r++) online[r] = roles[r].activity();
    this.activity = activity;
    this.length = feed.length();
    this.attention = feed.attention();
    this.lifetime = feed.lifetime();
    this.byPopularity = feed.ranking() == FeedRanking.POPULARITY;
    this.feeds = new int[graph.nodeCount()][];
  }

  @Override
  public void spread(List<Item> live, int tick, MersenneTwisterFast random) {
    for (Item item : live) deliver(item, tick);
    int kept = 0;
    for (int i = 0; i < readerCount; i++) {
      int u = readers[i];
      int[] f = feeds[u];
      dropStale(f, tick);
      int role = roleOf[u];
      if (f[COUNT] > 0 && (online[role] >= 1 || random.nextDouble() < online[role])) read(u, role, f, random);
      if (f[COUNT] == 0) {
        feeds[u] = null; // storage comes back when a feed empties
      } else {
        readers[kept++] = u;
      }
    }
    readerCount = kept;
  }

  @Override
  public boolean inFlight(Item item, int tick) {
    if (item.delivered < item.cascadeSize()) return true;
    State s = (State) item.spreadState;
    // Entries delivered at d are readable up to d + lifetime - 1: still at the next tick?
    return s != null && s.slot >= 0 && tick + 1 - s.lastDelivery < lifetime;
  }

  /** Puts an entry for each sharer not delivered yet into the feeds of its followers. */
  private void deliver(Item item, int tick) {
    int end = item.cascadeSize();
    if (item.delivered == end) return;
    State s = state(item);
    for (int p = item.delivered; p < end; p++) {
      int u = item.users.get(p);
      for (int a = offsets[u]; a < offsets[u + 1]; a++) {
        int v = targets[a];
        if (item.sharers.contains(v)) continue;
        if (s.slot < 0) s.slot = acquire(item);
        s.lastDelivery = tick;
        push(v, s.slot, p, tick);
      }
    }
    item.delivered = end;
  }

  private void push(int v, int slot, int from, int tick) {
    entriesOf[slot]++; // first, so pushing out an older entry of the same item cannot free its slot
    int[] f = feeds[v];
    if (f == null) {
      f = feeds[v] = new int[HEADER + STRIDE * Math.min(length, FIRST_CAPACITY)];
      if (readerCount == readers.length) readers = Arrays.copyOf(readers, 2 * readerCount);
      readers[readerCount++] = v;
    }
    int capacity = (f.length - HEADER) / STRIDE;
    if (f[COUNT] == capacity) {
      if (capacity < length) {
        f = feeds[v] = grown(f, (int) Math.min(length, 2L * capacity));
        capacity = (f.length - HEADER) / STRIDE;
      } else {
        release(f[HEADER + STRIDE * f[HEAD]]); // the oldest entry is pushed out unseen
        f[HEAD] = f[HEAD] + 1 < capacity ? f[HEAD] + 1 : 0;
        f[COUNT]--;
      }
    }
    int at = entry(f, f[COUNT], capacity);
    f[at] = slot;
    f[at + FROM] = from;
    f[at + ARRIVAL] = tick;
    f[COUNT]++;
  }

  /** Where the i-th entry from the head starts (i below the capacity): wraps by a subtraction, not a division. */
  private static int entry(int[] f, int i, int capacity) {
    int k = f[HEAD] + i;
    return HEADER + STRIDE * (k < capacity ? k : k - capacity);
  }

  /** The same entries in a larger array, from its start. */
  private static int[] grown(int[] f, int capacity) {
    int old = (f.length - HEADER) / STRIDE;
    int[] g = new int[HEADER + STRIDE * capacity];
    for (int i = 0; i < f[COUNT]; i++) {
      System.arraycopy(f, entry(f, i, old), g, HEADER + STRIDE * i, STRIDE);
    }
    g[COUNT] = f[COUNT];
    return g;
  }

  /** Drops the entries no longer readable at this tick: the oldest ones, at the head. */
  private void dropStale(int[] f, int tick) {
    int capacity = (f.length - HEADER) / STRIDE;
    while (f[COUNT] > 0) {
      int at = HEADER + STRIDE * f[HEAD];
      if (tick - f[at + ARRIVAL] < lifetime) return;
      release(f[at]);
      f[HEAD] = f[HEAD] + 1 < capacity ? f[HEAD] + 1 : 0;
      f[COUNT]--;
    }
  }

  /** User u, online, reads the top entries of its feed and removes them. */
  private void read(int u, int role, int[] f, MersenneTwisterFast random) {
    int capacity = (f.length - HEADER) / STRIDE;
    int count = f[COUNT];
    int reads = Math.min(attention, count);
    if (!byPopularity) { // newest first: from the tail back
      for (int j = 1; j <= reads; j++) readEntry(u, role, f, entry(f, count - j, capacity), random);
      f[COUNT] = count - reads;
      return;
    }
    if (ranked.length < count) ranked = new long[Math.max(count, 2 * ranked.length)];
    for (int i = 0; i < count; i++) {
      ranked[i] = (long) itemOf[f[entry(f, i, capacity)]].cascadeSize() << 32 | i;
    }
    Arrays.sort(ranked, 0, count); // the largest cascade last, and among equals the newest last
    for (int j = 1; j <= reads; j++) {
      int at = entry(f, (int) ranked[count - j], capacity);
      readEntry(u, role, f, at, random);
      f[at] = -1;
    }
    int kept = 0;
    for (int i = 0; i < count; i++) {
      int at = entry(f, i, capacity);
      if (f[at] < 0) continue;
      if (kept != i) System.arraycopy(f, at, f, entry(f, kept, capacity), STRIDE);
      kept++;
    }
    f[COUNT] = kept;
  }

  /** User v reads the entry at {@code at}: it may reshare (once per item) and comment. */
  private void readEntry(int v, int role, int[] f, int at, MersenneTwisterFast random) {
    int slot = f[at];
    Item item = itemOf[slot];
    item.read(v);
    Reaction x = item.reactions[role];
    // Every read is drawn, so probabilities are over [0, 1), not over a hit's [0, scale).
    double w = random.nextDouble();
    if (w < x.reshare && !item.sharedBy(v)) {
      item.reshare(v, f[at + FROM]);
    }
    if (x.comments(w)) {
      item.comment(v);
      activity.comment(v, role);
    }
    release(slot);
  }

  private static State state(Item item) {
    if (item.spreadState == null) item.spreadState = new State();
    return (State) item.spreadState;
  }

  private int acquire(Item item) {
    int slot;
    if (freeCount > 0) {
      slot = freeSlots[--freeCount];
    } else {
      if (slotsUsed == itemOf.length) {
        itemOf = Arrays.copyOf(itemOf, 2 * slotsUsed);
        entriesOf = Arrays.copyOf(entriesOf, 2 * slotsUsed);
      }
      slot = slotsUsed++;
    }
    itemOf[slot] = item;
    return slot;
  }

  /** One entry of the item in this slot has left a feed; the last one frees the slot. */
  private void release(int slot) {
    if (--entriesOf[slot] > 0) return;
    ((State) itemOf[slot].spreadState).slot = -1;
    itemOf[slot] = null;
    if (freeCount == freeSlots.length) freeSlots = Arrays.copyOf(freeSlots, 2 * freeCount);
    freeSlots[freeCount++] = slot;
  }
}
