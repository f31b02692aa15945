/**
 * Designs of experiments over varied scenario parameters: full factorial grids, and random, Latin
 * hypercube and Sobol samples of the unit cube mapped to parameter values. Pure and deterministic
 * from a seed; no IO.
 */
package org.viralsim.sweep.design;
