package org.viralsim.sweep.design;

/** How values are spread between the ends of a range or interval. */
public enum Scale {
  /** Evenly spaced values: equal differences. */
  LINEAR,
  /** Geometrically spaced values: equal ratios. Both ends must be positive. */
  LOG
}
