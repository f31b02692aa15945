package org.viralsim.config;

/** The order in which a feed shows its entries. */
public enum FeedRanking {
  /** Newest first. */
  NEWEST,
  /** Items shared by most users first, newest first among equals. */
  POPULARITY
}
