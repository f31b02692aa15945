/**
 * JFreeChart builders for simulation results: data in, {@code JFreeChart} out, in one readable
 * style ({@link org.viralsim.chart.ChartStyle}). Writing charts to files belongs to {@code io}.
 */
package org.viralsim.chart;
