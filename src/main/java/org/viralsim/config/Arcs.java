package org.viralsim.config;

/** What an arc x->y of a network file means. */
public enum Arcs {
  /** y follows x: arcs go the way posts travel, as in viralsim and in LAW's twitter-2010. */
  FOLLOWERS,
  /** x follows y: the file lists whom each user follows, and is read transposed. */
  FOLLOWS
}
