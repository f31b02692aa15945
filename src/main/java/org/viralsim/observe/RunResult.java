package org.viralsim.observe;

import java.util.List;
import java.util.Map;

/**
 * Everything one replication produced.
 *
 * @param metrics               per-run metrics by name, in a stable order (see {@link RunMetrics})
 * @param contributionHistogram users by number of contributions: entry c counts users with c actions
 * @param ticksRun              ticks actually run (fewer than steps when the run went quiet)
 * @param seedUsers             the users who posted each campaign's item, campaign by campaign
 */
public record RunResult(int replication, long seed, Map<String, Double> metrics, TickSeries series,
    List<ItemRecord> items, long[] contributionHistogram, int ticksRun, List<SeedUser> seedUsers) {

  /** A campaign seed: its campaign, its id as in the input network, its role and its number of followers. */
  public record SeedUser(String campaign, String user, String role, int followers) {}
}
