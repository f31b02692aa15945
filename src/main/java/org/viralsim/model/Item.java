package org.viralsim.model;

/**
 * One piece of content and its cascade: who posted or reshared it (in activation order, with the
 * position of the user they got it from), the generation still to spread, and for campaign items
 * who read it. Generations are contiguous ranges of the activation list, so the frontier needs no
 * separate storage.
 */
public final class Item {
  private final int id;
  private final boolean campaign;
  private final int createdTick;
  final Reaction[] reactions;
  final NodeSet sharers;
  final NodeSet readers;
  final IntList users = new IntList(16);
  final IntList parents = new IntList(16);
  int frontierStart;
  int frontierEnd;
  int depth;
  int maxBreadth;
  long impressions;
  long reshares;
  long comments;

  Item(int id, boolean campaign, int createdTick, Reaction[] reactions, int userCount) {
    this.id = id;
    this.campaign = campaign;
    this.createdTick = createdTick;
    this.reactions = reactions;
    // One campaign item per run is worth a bitset from the start; organic items are many and mostly tiny.
    this.sharers = new NodeSet(userCount, campaign);
    this.readers = campaign ? new NodeSet(userCount, true) : null;
  }

  /** Adds an author (a root of the cascade) who posts the item at the current tick. */
  void addAuthor(int user) {
    if (!sharers.add(user)) return;
    users.add(user);
    parents.add(-1);
    if (readers != null) readers.add(user);
    frontierEnd = users.size();
    maxBreadth = Math.max(maxBreadth, frontierEnd - frontierStart);
  }

  public int id() { return id; }

  public boolean isCampaign() { return campaign; }

  public int createdTick() { return createdTick; }

  /** Users who posted or reshared it, authors included. */
  public int cascadeSize() { return users.size(); }

  /** Generations below the authors: 0 when nobody reshared. */
  public int depth() { return depth; }

  /** Most users who shared it in one generation. */
  public int maxBreadth() { return maxBreadth; }

  /** Distinct users who read it, authors included (counted for campaign items only). */
  public int reach() { return readers == null ? 0 : readers.size(); }

  /** Reads by users who had not reshared it yet (counted for campaign items only). */
  public long impressions() { return impressions; }

  public long reshares() { return reshares; }

  public long comments() { return comments; }

  /** Whether it can still spread: the last generation has not been passed on yet. */
  public boolean inFlight() { return frontierEnd > frontierStart; }

  /**
   * The cascade forest: for each sharer in activation order, the index of the sharer it got the
   * item from, or -1 for an author. A copy.
   */
  public int[] parentIndex() { return parents.toArray(); }

  /** Sharers in activation order (a copy). */
  public int[] sharersInOrder() { return users.toArray(); }
}
