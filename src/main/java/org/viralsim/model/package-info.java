/**
 * The model: a MASON {@code SimState} of users with roles on a network, items that spread by one of
 * three diffusion rules (independent cascade, bounded feeds, thresholds), the market of attitudes,
 * purchases, complaints and brand replies, and the bookkeeping of who did what. Headless: no files,
 * no GUI; the model resets its own per-tick counts, so it runs the same with or without observers.
 */
package org.viralsim.model;
