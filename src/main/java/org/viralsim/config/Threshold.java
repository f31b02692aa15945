package org.viralsim.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Watts (2002) complex contagion: a user adopts (reshares) an item once the fraction of the
 * accounts it follows that shared it reaches its threshold.
 *
 * @param distribution thresholds of every role not listed in {@code roles}
 * @param roles        per-role distributions that replace it
 */
public record Threshold(ThresholdDistribution distribution, Map<String, ThresholdDistribution> roles) {
  public Threshold {
    Checks.present("distribution", distribution);
    roles = roles == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(roles));
  }

  /** The distribution of a role's thresholds. */
  public ThresholdDistribution of(String role) { return roles.getOrDefault(role, distribution); }
}
