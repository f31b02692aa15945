package org.viralsim.config;

/** The rule by which items spread from user to user. */
public enum DiffusionModel {
  /** Each follower gets one independent chance to reshare, at the next tick (bond percolation). */
  INDEPENDENT_CASCADE,
  /** Shares land in followers' bounded feeds; online users read only the top few entries. */
  FEED,
  /** A user adopts once enough of the accounts it follows shared the item (Watts 2002). */
  THRESHOLD
}
