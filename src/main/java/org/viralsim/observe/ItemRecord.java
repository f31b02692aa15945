package org.viralsim.observe;

/**
 * One item's cascade at the end of a run.
 *
 * @param structuralVirality mean distance between sharers in the cascade tree(s), NaN below 2
 * @param complete           false when the item was still spreading when the run ended
 */
public record ItemRecord(int item, boolean campaign, int createdTick, int authors, int size, int depth,
    int maxBreadth, double structuralVirality, boolean complete) {}
