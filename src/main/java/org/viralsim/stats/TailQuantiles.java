package org.viralsim.stats;

import java.util.Arrays;

/**
 * The p-th and (1 - p)-th quantiles of a stream of values, exactly as {@link Estimates#quantile}
 * gives them on all the values (R's type 7), while keeping only the values near both ends: at most
 * {@code ceil(p * capacity) + 2} of the smallest and as many of the largest, a twentieth of the
 * values for the middle 95%. NaN and infinite values are skipped, as there.
 */
public final class TailQuantiles {
  private final double p;
  private final double[] lowest; // ascending
  private final double[] negatedHighest; // the largest values, negated: ascending too
  private int lows;
  private int highs;
  private long count;

  /** @param capacity the most values that will be added; {@code p} in (0, 0.5] */
  public TailQuantiles(double p, int capacity) {
    if (!(p > 0 && p <= 0.5)) throw new IllegalArgumentException("p must be in (0, 0.5], was " + p);
    int keep = (int) Math.min(capacity, Math.ceil(p * capacity) + 2);
    this.p = p;
    this.lowest = new double[keep];
    this.negatedHighest = new double[keep];
  }

  public void add(double v) {
    if (!Double.isFinite(v)) return;
    count++;
    lows = keep(lowest, lows, v);
    highs = keep(negatedHighest, highs, -v);
  }

  /** Inserts v into the first {@code size} entries, kept ascending, dropping the largest when full. */
  private static int keep(double[] kept, int size, double v) {
    if (size == kept.length && v >= kept[size - 1]) return size;
    int at = Arrays.binarySearch(kept, 0, size, v);
    if (at < 0) at = -at - 1;
    int moved = Math.min(size, kept.length - 1) - at;
    System.arraycopy(kept, at, kept, at + 1, moved);
    kept[at] = v;
    return Math.min(size + 1, kept.length);
  }

  /** The p-th quantile; NaN before any finite value. */
  public double low() { return quantile(p); }

  /** The (1 - p)-th quantile; NaN before any finite value. */
  public double high() { return quantile(1 - p); }

  /** Commons Math's R-7 estimate, on the order statistics kept. */
  private double quantile(double q) {
    if (count == 0) return Double.NaN;
    double pos = 1 + (count - 1) * ((q * 100) / 100d); // as Percentile turns a percentage into a share
    if (pos < 1) return ordered(0);
    if (pos >= count) return ordered(count - 1);
    double fpos = Math.floor(pos);
    double lower = ordered((long) fpos - 1);
    double upper = ordered((long) fpos);
    return lower + (pos - fpos) * (upper - lower);
  }

  /** The value at 0-based rank i of all values added, from whichever end holds it. */
  private double ordered(long i) {
    if (i < lows) return lowest[(int) i];
    long fromTop = count - 1 - i;
    if (fromTop < highs) return -negatedHighest[(int) fromTop];
    throw new IllegalStateException("rank " + i + " of " + count + " values is not kept; more values than the capacity?");
  }
}
