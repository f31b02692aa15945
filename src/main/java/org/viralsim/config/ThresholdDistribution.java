package org.viralsim.config;

/**
 * Where adoption thresholds of the threshold model come from: each user draws one at the start of
 * a run. A threshold is a fraction of followed accounts in [0, 1].
 */
public sealed interface ThresholdDistribution {
  /** Every user has the same threshold. */
  record Fixed(double value) implements ThresholdDistribution {
    public Fixed { Checks.probability("value", value); }
  }

  /** Thresholds uniform in [min, max]. */
  record Uniform(double min, double max) implements ThresholdDistribution {
    public Uniform {
      Checks.probability("min", min);
      Checks.probability("max", max);
      if (max < min) throw new InvalidValueException("max", "must be at least min (" + Checks.fmt(min) + "), was " + Checks.fmt(max));
    }
  }

  /** Normal thresholds clipped to [0, 1], as in Watts (2002). */
  record Normal(double mean, double sd) implements ThresholdDistribution {
    public Normal {
      Checks.probability("mean", mean);
      Checks.range("sd", sd, 0, 1);
    }
  }

  /** The name used in scenario files. */
  default String kind() {
    if (this instanceof Fixed) return "fixed";
    if (this instanceof Uniform) return "uniform";
    return "normal";
  }
}
