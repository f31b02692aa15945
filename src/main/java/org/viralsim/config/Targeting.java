package org.viralsim.config;

/** Who paid impressions are shown to. */
public enum Targeting {
  /** Users drawn uniformly at random. */
  RANDOM,
  /** Users of one role (named by {@code paid.role}). */
  ROLE,
  /** Users who follow at least one user of the first role (creators by default). */
  CREATOR_FOLLOWERS
}
