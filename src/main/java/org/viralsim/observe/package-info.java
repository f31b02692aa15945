/**
 * Observers scheduled after the model each tick, the records they produce (per-run metrics,
 * per-tick series, item cascades) and the one place their names are spelled
 * ({@link org.viralsim.observe.RunMetrics}, {@link org.viralsim.observe.SeriesColumns}).
 */
package org.viralsim.observe;
