package org.viralsim.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The roles users play and how they are assigned.
 *
 * @param roles       role name to behaviour, in listed order (order matters for {@code by_degree})
 * @param assignment  {@code random} or {@code by_degree}
 * @param degreeBias  strength of the degree preference for {@code by_degree}: the chance to be drawn
 *                    first is proportional to (1 + followers)^degreeBias; 0 is random
 */
public record Population(Map<String, Role> roles, Assignment assignment, double degreeBias) {
  /** Tolerance on the sum of shares, loose enough for shares written with a few decimals. */
  public static final double SHARE_SUM_TOLERANCE = 1e-6;

  public Population {
    Checks.present("roles", roles);
    Checks.present("assignment", assignment);
    if (roles.isEmpty()) throw new InvalidValueException("roles", "must name at least one role");
    if (roles.size() > 64) throw new InvalidValueException("roles", "at most 64 roles, got " + roles.size());
    double sum = 0;
    for (var e : roles.entrySet()) {
      if (!e.getKey().matches("[A-Za-z][A-Za-z0-9_]*")) {
        throw new InvalidValueException("roles." + e.getKey(),
            "role names must start with a letter and use only letters, digits and _");
      }
      Checks.present("roles." + e.getKey(), e.getValue());
      sum += e.getValue().share();
    }
    if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
      // Rounded so that 0.05 + 0.9 reads as 0.95, not 0.9500000000000001.
      throw new InvalidValueException("roles", "shares must sum to 1, they sum to " + Checks.fmt(Math.round(sum * 1e9) / 1e9));
    }
    Checks.range("degree_bias", degreeBias, 0, 10);
    roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
  }

  /** Role names in listed order. */
  public String[] roleNames() { return roles.keySet().toArray(String[]::new); }

  /** Roles in listed order. */
  public Role[] roleArray() { return roles.values().toArray(Role[]::new); }
}
