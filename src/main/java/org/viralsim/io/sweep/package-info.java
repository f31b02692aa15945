/**
 * Sweep files and sweep folders (docs/sweeps.md): reading a sweep file into a plan, the folder kept
 * and locked while a sweep runs, the runs file appended run by run, the manifest and the final tables.
 */
package org.viralsim.io.sweep;
