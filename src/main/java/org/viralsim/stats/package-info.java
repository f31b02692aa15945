/**
 * Statistics over simulation output: estimates with confidence intervals, inequality of
 * participation, structure of cascade trees, analytic percolation results the simulator is
 * validated against, and global sensitivity analysis (Sobol' indices, Morris screening) of outputs
 * to varied inputs. Pure functions on arrays; no IO.
 */
package org.viralsim.stats;
