/**
 * Parameter sweeps, without IO: the plan (every point's scenario), designs, the schedule of runs
 * still to do (shards, replication targets), the analysis of finished runs (per-point estimates,
 * Sobol indices, Morris effects) and the checks of a merge.
 */
package org.viralsim.sweep;
