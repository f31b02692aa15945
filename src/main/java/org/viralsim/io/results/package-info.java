/** A run's results folder: the resolved scenario, manifest, summary and the CSV tables (docs/results.md). */
package org.viralsim.io.results;
