package org.viralsim.observe;

import org.viralsim.model.ItemKind;

/**
 * One item's cascade at the end of a run.
 *
 * @param campaign           index of its campaign, or -1
 * @param structuralVirality mean distance between sharers in the cascade tree(s), NaN below 2
 * @param complete           false when the item was still spreading when the run ended
 */
public record ItemRecord(int item, ItemKind kind, int campaign, int createdTick, int authors, int size, int depth,
    int maxBreadth, double structuralVirality, boolean complete) {

  public boolean isCampaign() { return kind == ItemKind.CAMPAIGN; }
}
