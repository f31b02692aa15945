/**
 * Runs of scenarios: the one engine that runs replications on worker threads with seeds derived
 * from the base seed and the replication alone ({@link org.viralsim.experiment.RunEngine}), the
 * networks runs share, checks of a scenario against its network, and summaries. No IO.
 */
package org.viralsim.experiment;
