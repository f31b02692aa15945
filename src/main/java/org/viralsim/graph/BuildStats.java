package org.viralsim.graph;

/**
 * What {@link GraphBuilder} did with the edges it was given.
 *
 * @param edges             edges added, as given (an undirected edge counts once)
 * @param selfLoops         self-loops dropped
 * @param duplicates        repeated edges dropped (for an undirected graph "u v" and "v u" are the same edge)
 */
public record BuildStats(long edges, long selfLoops, long duplicates) {}
