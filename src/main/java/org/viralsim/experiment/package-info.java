/** Runs of scenarios: replications in parallel with derived seeds, and their summaries. */
package org.viralsim.experiment;
