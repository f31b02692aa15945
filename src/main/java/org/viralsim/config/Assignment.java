package org.viralsim.config;

/** How users are given roles. */
public enum Assignment {
  /** Uniformly at random, independent of the network. */
  RANDOM,
  /** Users with more followers are more likely to get the roles listed first (e.g. creators). */
  BY_DEGREE
}
