package org.viralsim.stats;

/**
 * A mean over n observations with its sample standard deviation and a 95% confidence interval of
 * the mean. Undefined parts are NaN (see {@link Estimates}).
 */
public record Estimate(int n, double mean, double sd, double ciLow, double ciHigh) {}
