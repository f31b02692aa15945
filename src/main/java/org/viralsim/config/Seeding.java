package org.viralsim.config;

import java.util.List;

/**
 * @param strategy    how seeds are chosen
 * @param count       number of seeds (ignored for {@code users}: the list length counts)
 * @param users       node ids as written in the network (for {@code users}); empty otherwise
 * @param costPerSeed what one seed costs (euros), booked when the campaign starts
 */
public record Seeding(SeedingStrategy strategy, int count, List<String> users, double costPerSeed) {
  public Seeding {
    Checks.present("strategy", strategy);
    users = users == null ? List.of() : List.copyOf(users);
    if (strategy == SeedingStrategy.USERS) {
      if (users.isEmpty()) throw new InvalidValueException("users", "must list at least one node id for strategy users");
      if (users.size() != users.stream().distinct().count()) {
        throw new InvalidValueException("users", "lists a node id more than once");
      }
      count = users.size();
    } else {
      if (!users.isEmpty()) throw new InvalidValueException("users", "is only allowed with strategy users");
      Checks.atLeast("count", count, 1);
    }
    Checks.range("cost_per_seed", costPerSeed, 0, 1e12);
  }

  /** Seeding without a cost. */
  public Seeding(SeedingStrategy strategy, int count, List<String> users) {
    this(strategy, count, users, 0);
  }
}
