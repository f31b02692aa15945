/**
 * Statistics over simulation output: estimates with confidence intervals, inequality of
 * participation, structure of cascade trees, and analytic percolation results the simulator is
 * validated against. Pure functions on arrays; no IO.
 */
package org.viralsim.stats;
