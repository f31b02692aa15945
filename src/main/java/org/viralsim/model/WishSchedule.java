package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;

/**
 * When each user next may want one brand's product: a waiting time per user, drawn at a chance
 * per tick (its bound), kept in a min-heap of (tick, user) so that a tick's users come out in user
 * order and the market never visits users who have nothing due. Redrawing a user's waiting time
 * leaves its old entry in the heap; an entry is current only while it matches the user's due tick,
 * so stale ones are dropped when they come up, or when they outnumber the current ones.
 */
final class WishSchedule {
  private static final int NONE = -1;
  /** Drawn, but past the run's last tick: nothing in the heap. */
  private static final int NEVER = Integer.MAX_VALUE;
  private static final int SLACK = 1024;

  private final int users;
  private final int lastTick;
  /** Allocated at the first draw: with purchases off, no memory per user. */
  private int[] due;
  private float[] bound;
  private long[] heap = new long[16];
  private int size;
  /** Users whose due tick is within the run. */
  private int pending;

  WishSchedule(int users, int lastTick) {
    this.users = users;
    this.lastTick = lastTick;
  }

  /** Whether the user has a waiting time drawn, within the run or past it. */
  boolean drawn(int user) { return due != null && due[user] != NONE; }

  /** The chance per tick the user's waiting time was drawn with (valid while {@link #drawn}). */
  double bound(int user) { return bound[user]; }

  /**
   * Draws the user's wait, at {@code chance} per tick from tick {@code from} on, replacing any
   * earlier one: the first success of independent Bernoulli trials, a geometric number of ticks.
   * The chance is kept as a float rounded up, and the wait is drawn at exactly that value.
   */
  void draw(int user, double chance, int from, MersenneTwisterFast random) {
    if (due == null) {
      due = new int[users];
      Arrays.fill(due, NONE);
      bound = new float[users];
    }
    float q = (float) chance;
    if (q < chance) q = Math.nextUp(q);
    double wait = q >= 1 ? 0 : Math.floor(Math.log(1 - random.nextDouble()) / Math.log1p(-q));
    cancel(user);
    bound[user] = q;
    if (from + wait > lastTick) {
      due[user] = NEVER;
      return;
    }
    int tick = from + (int) wait;
    due[user] = tick;
    pending++;
    if (size > 2 * pending + SLACK) dropStale();
    push(((long) tick << 32) | user);
  }

  /** Forgets the user's waiting time. */
  void cancel(int user) {
    if (due == null) return;
    if (due[user] != NONE && due[user] != NEVER) pending--;
    due[user] = NONE;
  }

  /** The lowest user whose wait ends at {@code tick} (no earlier tick may be left), taken off; -1 when none. */
  int next(int tick) {
    while (size > 0 && (int) (heap[0] >>> 32) <= tick) {
      long top = pop();
      int user = (int) top;
      if (due[user] != (int) (top >>> 32)) continue;
      due[user] = NONE;
      pending--;
      return user;
    }
    return -1;
  }

  /** Whether no wait ends within the run. */
  boolean isEmpty() { return pending == 0; }

  private void push(long key) {
    if (size == heap.length) heap = Arrays.copyOf(heap, 2 * size);
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heap[parent] <= key) break;
      heap[i] = heap[parent];
      i = parent;
    }
    heap[i] = key;
  }

  private long pop() {
    long top = heap[0];
    long last = heap[--size];
    if (size > 0) siftDown(0, last);
    return top;
  }

  private void siftDown(int i, long key) {
    while (true) {
      int child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && heap[child + 1] < heap[child]) child++;
      if (key <= heap[child]) break;
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = key;
  }

  /** Keeps only the current entries and rebuilds the heap (Floyd): amortised over the draws that made them stale. */
  private void dropStale() {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      long key = heap[i];
      if (due[(int) key] == (int) (key >>> 32)) heap[kept++] = key;
    }
    size = kept;
    for (int i = (size >>> 1) - 1; i >= 0; i--) siftDown(i, heap[i]);
  }
}
