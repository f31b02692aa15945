package org.viralsim.model;

/**
 * One piece of content and its cascade: who posted or reshared it (in activation order, with the
 * position of the user they got it from), the generation still to spread, and for items about a
 * brand who read it. Generations are contiguous ranges of the activation list, so the frontier
 * needs no separate storage.
 */
public final class Item {
  private final int id;
  private final ItemKind kind;
  private final int campaign;
  private final int brand;
  private final int sentiment;
  private final int createdTick;
  final Reaction[] reactions;
  final NodeSet sharers;
  final NodeSet readers;
  /** Users who read it for the first time, and users who commented, since the market last looked. */
  final IntList newReaders;
  final IntList newCommenters;
  final IntList users = new IntList(16);
  final IntList parents = new IntList(16);
  int frontierStart;
  int frontierEnd;
  /** Sharers before this position are booked in the activity ledger. */
  int booked;
  /** Sharers before this position have been passed on to their followers (feed and threshold). */
  int delivered;
  /** What a diffusion model keeps per item, or null. */
  Object spreadState;
  /** Users who posted it; paid impressions add roots who reshared, not authors. */
  private int authors;
  long impressions;
  long reshares;
  long comments;

  /** An organic item, or a campaign item that belongs to no market (benchmarks, validation). */
  Item(int id, boolean campaign, int createdTick, Reaction[] reactions, int userCount) {
    this(id, campaign ? ItemKind.CAMPAIGN : ItemKind.ORGANIC, campaign ? 0 : -1, -1, 0, createdTick, reactions,
        userCount);
  }

  /**
   * @param campaign  index of the campaign, or -1
   * @param brand     index of the brand it is about, or -1 (then reads and comments are not logged)
   * @param sentiment +1, 0 or -1
   */
  Item(int id, ItemKind kind, int campaign, int brand, int sentiment, int createdTick, Reaction[] reactions,
      int userCount) {
    this.id = id;
    this.kind = kind;
    this.campaign = campaign;
    this.brand = brand;
    this.sentiment = sentiment;
    this.createdTick = createdTick;
    this.reactions = reactions;
    boolean isCampaign = kind == ItemKind.CAMPAIGN;
    // A few campaign items per run are worth bitsets from the start; other items are many and mostly
    // tiny, so their sets grow with their cascades.
    this.sharers = isCampaign ? NodeSet.bitset(userCount) : new NodeSet(userCount);
    this.readers = kind == ItemKind.ORGANIC ? null : isCampaign ? NodeSet.bitset(userCount) : new NodeSet(userCount);
    this.newReaders = brand >= 0 ? new IntList(16) : null;
    this.newCommenters = brand >= 0 ? new IntList(4) : null;
  }

  /** User v reads it: counted for all but organic items. */
  void read(int v) {
    if (readers == null) return;
    impressions++;
    if (readers.add(v) && newReaders != null) newReaders.add(v);
  }

  /** User v comments on it. */
  void comment(int v) {
    comments++;
    if (newCommenters != null) newCommenters.add(v);
  }

  /** User v reshares it, having got it from the sharer at position {@code from} (-1: from no one). */
  void reshare(int v, int from) {
    sharers.add(v);
    users.add(v);
    parents.add(from);
    reshares++;
  }

  /** User v reshares it after reading it outside the network (a paid impression): a new root. */
  void reshareDirect(int v) {
    reshare(v, -1);
    frontierEnd = users.size();
  }

  /** Whether user v posted or reshared it. */
  boolean sharedBy(int v) { return sharers.contains(v); }

  /** Whether user v read it (always false for organic items, whose reads are not kept). */
  public boolean readBy(int v) { return readers != null && readers.contains(v); }

  /** Adds an author (a root of the cascade) who posts the item at the current tick. */
  void addAuthor(int user) {
    if (!sharers.add(user)) return;
    authors++;
    users.add(user);
    parents.add(-1);
    if (readers != null) readers.add(user);
    frontierEnd = users.size();
  }

  public int id() { return id; }

  public boolean isCampaign() { return kind == ItemKind.CAMPAIGN; }

  public ItemKind kind() { return kind; }

  /** Index of its campaign, or -1. */
  public int campaign() { return campaign; }

  /** Index of the brand it is about, or -1. */
  public int brand() { return brand; }

  /** +1 positive, 0 neutral, -1 negative. */
  public int sentiment() { return sentiment; }

  public int createdTick() { return createdTick; }

  /** Users who posted it (the seeds of a campaign, else 1). */
  public int authors() { return authors; }

  /** Users who posted or reshared it, authors included. */
  public int cascadeSize() { return users.size(); }

  /** Distinct users who read it, authors included (counted for all but organic items). */
  public int reach() { return readers == null ? 0 : readers.size(); }

  /**
   * Reads, counted for all but organic items: in the independent cascade by users who had not
   * reshared it yet, in a feed every entry read.
   */
  public long impressions() { return impressions; }

  public long reshares() { return reshares; }

  public long comments() { return comments; }

  /**
   * Whether it can still spread under the independent cascade: the last generation has not been
   * passed on yet. Other models answer through {@link DiffusionRule#inFlight}.
   */
  public boolean inFlight() { return frontierEnd > frontierStart; }

  /**
   * The cascade forest: for each sharer in activation order, the index of the sharer it got the
   * item from, or -1 for an author. A copy.
   */
  public int[] parentIndex() { return parents.toArray(); }

  /** Sharers in activation order (a copy). */
  public int[] sharersInOrder() { return users.toArray(); }

  /** The i-th sharer in activation order, without copying (for views that follow a cascade as it grows). */
  public int sharer(int i) { return users.get(i); }

  /** The position of the sharer the i-th sharer got the item from, or -1 for a root. */
  public int parentPosition(int i) { return parents.get(i); }
}
