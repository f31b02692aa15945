package org.viralsim.io.network;

import org.viralsim.graph.BuildStats;
import org.viralsim.graph.Graph;

/**
 * A graph read from an edge list.
 *
 * @param graph    nodes in order of first appearance, labelled with their ids in the file
 * @param stats    edges read and the self-loops and repeated edges dropped
 * @param weighted whether any line had a weight column (weights are checked, not kept)
 */
public record LoadedGraph(Graph graph, BuildStats stats, boolean weighted) {}
