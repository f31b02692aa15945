/**
 * The trainer window's charts: what a run's recorder holds at a moment ({@code LaneData}), charted
 * with the report's chart code ({@code LiveCharts}), sized for a window or a projector.
 */
package org.viralsim.gui.live;
