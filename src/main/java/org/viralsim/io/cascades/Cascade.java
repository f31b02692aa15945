package org.viralsim.io.cascades;

/**
 * One cascade tree as read from a file.
 *
 * @param parent one parent index per node, the root at 0 and every parent before its children
 *     (breadth-first from the root), as {@link org.viralsim.stats.TreeMetrics} takes it
 * @param time each node's time in the file's unit, or null when the file gives none
 */
public record Cascade(String id, int[] parent, double[] time) {}
