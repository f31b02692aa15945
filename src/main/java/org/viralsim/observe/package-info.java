/** Observers scheduled after the model each tick, and the records they produce. */
package org.viralsim.observe;
