package org.viralsim.sweep.design;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.viralsim.config.InvalidValueException;

/**
 * A scenario parameter that an experiment varies, named by its key path in the scenario (e.g.
 * {@code diffusion.probability}), with the values it may take. Values are JSON-like: numbers
 * (integers as {@link Long}, others as {@link Double} unless listed otherwise), strings and
 * booleans. Invalid fields throw {@link InvalidValueException} naming the field.
 */
public sealed interface Parameter permits Parameter.Values, Parameter.Range, Parameter.Interval {
  /** The key path of the scenario value this parameter sets. */
  String key();

  /**
   * The value at unit coordinate u in [0, 1]: sampling designs draw u uniformly and map it here,
   * so each value's share of [0, 1) is its probability. u = 1, which screening designs produce (their
   * levels include both ends), gives the last value.
   */
  Object at(double u);

  /** The values a grid design takes, in order; an interval has none. */
  List<Object> grid();

  /** A list of values: u maps to the value at floor(u * size), so each is equally likely. */
  record Values(String key, List<Object> values) implements Parameter {
    public Values {
      checkKey(key);
      if (values == null || values.isEmpty()) throw new InvalidValueException("values", "must list at least one value");
      for (int i = 0; i < values.size(); i++) {
        Object v = values.get(i);
        boolean plain = v instanceof String || v instanceof Boolean
            || v instanceof Number n && Double.isFinite(n.doubleValue());
        if (!plain) {
          throw new InvalidValueException("values", "must be finite numbers, strings or booleans, item " + i + " was " + v);
        }
      }
      values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    @Override public Object at(double u) { return values.get(index(u, values.size())); }

    @Override public List<Object> grid() { return values; }
  }

  /**
   * {@code steps} values from {@code from} to {@code to}, both included, evenly spaced on the scale.
   * u maps to one of them, each equally likely.
   */
  record Range(String key, double from, double to, int steps, Scale scale) implements Parameter {
    public Range {
      checkKey(key);
      checkEnds(from, to, scale);
      if (steps < 2) throw new InvalidValueException("steps", "must be at least 2 (both ends are included), was " + steps);
    }

    @Override public Object at(double u) { return value(index(u, steps)); }

    @Override public List<Object> grid() {
      List<Object> values = new ArrayList<>(steps);
      for (int i = 0; i < steps; i++) values.add(value(i));
      return Collections.unmodifiableList(values);
    }

    private Double value(int i) {
      if (i == steps - 1) return to; // exactly, whatever the rounding in between
      double t = (double) i / (steps - 1);
      return scale == Scale.LOG ? from * Math.pow(to / from, t) : from + t * (to - from);
    }
  }

  /**
   * Any value from {@code from} to {@code to}, for sampling designs. Continuous: u maps linearly, or
   * log-linearly on a log scale, to [from, to). Integer: the whole numbers from..to inclusive; on a
   * linear scale each is equally likely, on a log scale u maps log-linearly to [from, to + 1) and is
   * rounded down, so small numbers are likelier in proportion to log((k + 1) / k).
   */
  record Interval(String key, double from, double to, boolean integer, Scale scale) implements Parameter {
    public Interval {
      checkKey(key);
      checkEnds(from, to, scale);
      if (integer) {
        checkWhole("from", from);
        checkWhole("to", to);
      }
    }

    @Override public Object at(double u) {
      checkUnit(u);
      if (!integer) {
        double x = scale == Scale.LOG ? from * Math.pow(to / from, u) : from + u * (to - from);
        return clamp(x);
      }
      long low = (long) from;
      long count = (long) to - low + 1;
      if (scale == Scale.LOG) return (long) clamp(Math.floor(from * Math.pow((to + 1) / from, u)));
      return low + Math.min((long) Math.floor(u * count), count - 1);
    }

    @Override public List<Object> grid() {
      throw new IllegalArgumentException(key + ": an interval has no grid values; give a list of values or a range,"
          + " or use a sampling design");
    }

    /** Rounding must not leave [from, to]. */
    private double clamp(double x) {
      return Math.max(from, Math.min(to, x));
    }
  }

  private static void checkKey(String key) {
    if (key == null || key.isBlank()) throw new InvalidValueException("key", "must name a scenario value");
  }

  private static void checkEnds(double from, double to, Scale scale) {
    if (!Double.isFinite(from)) throw new InvalidValueException("from", "must be a finite number, was " + from);
    if (!Double.isFinite(to)) throw new InvalidValueException("to", "must be a finite number, was " + to);
    if (scale == null) throw new InvalidValueException("scale", "is required (linear or log)");
    if (scale == Scale.LOG && !(from > 0)) {
      throw new InvalidValueException("from", "must be greater than 0 on a log scale, was " + from);
    }
    if (!(to > from)) throw new InvalidValueException("to", "must be greater than from (" + from + "), was " + to);
  }

  private static void checkWhole(String field, double value) {
    // Beyond 2^53 not every whole number is a double.
    if (value != Math.rint(value) || Math.abs(value) > 0x1p53) {
      throw new InvalidValueException(field, "must be a whole number (at most 2^53 in size) for an integer interval, was " + value);
    }
  }

  private static void checkUnit(double u) {
    if (!(u >= 0 && u <= 1)) throw new IllegalArgumentException("unit coordinate must be in [0, 1], was " + u);
  }

  /** floor(u * count), with u = 1 on the last of the count items. */
  private static int index(double u, int count) {
    checkUnit(u);
    return (int) Math.min(Math.floor(u * count), count - 1);
  }
}
