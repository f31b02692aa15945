package org.viralsim.model;

import java.util.Arrays;

/**
 * Who did what: per-role counts for the current tick and for the whole run, contributions per
 * user (for inequality measures) and the users active in the current tick. The model starts each
 * tick with {@link #beginTick}, which clears the counts of the tick before; observers read them
 * after the tick's phases.
 */
public final class Activity {
  /**
   * Per user, side by side so one cache line serves both: [2u] its contributions so far, [2u+1]
   * the last tick it was active, plus 1 (so the zeroed array means "never").
   */
  private final int[] perUser;
  private final long[] postsTick;
  private final long[] resharesTick;
  private final long[] commentsTick;
  private final long[] activeTick;
  private final long[] actionsTotal;
  private int tick;

  public Activity(int users, int roleCount) {
    this.perUser = new int[2 * users];
    this.postsTick = new long[roleCount];
    this.resharesTick = new long[roleCount];
    this.commentsTick = new long[roleCount];
    this.activeTick = new long[roleCount];
    this.actionsTotal = new long[roleCount];
  }

  /** Starts tick t: the per-tick counts start again from 0. */
  void beginTick(int t) {
    tick = t;
    Arrays.fill(postsTick, 0);
    Arrays.fill(resharesTick, 0);
    Arrays.fill(commentsTick, 0);
    Arrays.fill(activeTick, 0);
  }

  // Callers pass the user's role: the cascade reaches users through role groups, so it knows it
  // without a random read of the role array per action.
  void post(int user, int role) { postsTick[act(user, role)]++; }

  void reshare(int user, int role) { resharesTick[act(user, role)]++; }

  /**
   * Books the item's reshares not booked yet. The cascade loop leaves this out: a random write per
   * reshare into a per-user array the size of the network is its largest cost on big networks, and
   * it is done once here.
   */
  void recordReshares(Item item, byte[] roleOf) {
    for (int i = item.booked; i < item.users.size(); i++) {
      int user = item.users.get(i);
      reshare(user, roleOf[user]);
    }
    item.booked = item.users.size();
  }

  void comment(int user, int role) { commentsTick[act(user, role)]++; }

  private int act(int user, int r) {
    int at = 2 * user;
    perUser[at]++;
    actionsTotal[r]++;
    if (perUser[at + 1] != tick + 1) {
      perUser[at + 1] = tick + 1;
      activeTick[r]++;
    }
    return r;
  }

  public long posts(int role) { return postsTick[role]; }

  public long reshares(int role) { return resharesTick[role]; }

  public long comments(int role) { return commentsTick[role]; }

  /** Users of the role who posted, reshared or commented in this tick. */
  public long active(int role) { return activeTick[role]; }

  /** All posts, reshares and comments by users of the role since the run began. */
  public long actionsTotal(int role) { return actionsTotal[role]; }

  /** Posts, reshares and comments per user since the run began (a new array). */
  public int[] contributions() {
    int[] c = new int[perUser.length / 2];
    for (int u = 0; u < c.length; u++) c[u] = perUser[2 * u];
    return c;
  }
}
