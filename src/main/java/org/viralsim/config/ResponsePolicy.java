package org.viralsim.config;

/** What a brand does about complaints. */
public enum ResponsePolicy {
  /** Complaints get no answer (what 67% of firms do, PRWeek &amp; MS&amp;L in the seed document). */
  IGNORE,
  /** A share of complaints gets a public reply after a delay. */
  RESPOND
}
