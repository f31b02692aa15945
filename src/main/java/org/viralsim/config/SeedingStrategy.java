package org.viralsim.config;

/** Who posts the campaign item at its start tick. */
public enum SeedingStrategy {
  /** {@code count} users drawn uniformly at random. */
  RANDOM,
  /** The {@code count} users with the most followers (influencers); ties broken at random. */
  TOP_DEGREE,
  /**
   * The {@code count} users of the innermost k-cores (highest core number, Kitsak et al. 2010), ties
   * broken at random.
   */
  K_CORE,
  /** The {@code count} users of highest PageRank in the follower network (followed by the well followed). */
  PAGERANK,
  /** {@code count} users drawn at random among those of the first role (creators by default). */
  CREATORS,
  /** The users listed by id in {@code users}. */
  USERS
}
