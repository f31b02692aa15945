package org.viralsim.config;

/** The rule by which items spread from user to user. */
public enum DiffusionModel {
  /** Each follower gets one independent chance to reshare, at the next tick (bond percolation). */
  INDEPENDENT_CASCADE
}
