/**
 * Where the trainer window draws users: positions in the unit square for the whole network or, for a
 * large one, a sample of it, by community for stochastic block models and force-directed otherwise.
 * Pure computation, no windows and no files.
 */
package org.viralsim.gui.view;
