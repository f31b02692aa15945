package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import java.util.List;

/** A diffusion model: how live items travel from user to user, one tick at a time. */
interface DiffusionRule {
  /**
   * Spreads every live item by one tick. Users who reshare are appended to the items (with
   * {@link Item#reshare}); reads and comments go through {@link Item#read} and {@link Item#comment}.
   */
  void spread(List<Item> live, int tick, MersenneTwisterFast random);

  /** Whether the item may still reach someone after this tick. */
  boolean inFlight(Item item, int tick);

  /**
   * Whether a user who reads an item outside the network (a paid impression) may reshare it; in
   * the threshold model only the accounts a user follows can make it adopt.
   */
  default boolean directReadsReshare() { return true; }
}
