package org.viralsim.config;

/**
 * One what-if: a population on a network, a campaign, and how long and how often to run it.
 * Immutable and validated on construction; {@code io.ScenarioReader} builds it from YAML or JSON.
 *
 * @param name           used in output folder names; letters, digits, '-', '_' and '.'
 * @param seed           base seed; replication i runs with {@code Seeds.replication(seed, i)}
 * @param steps          ticks to run (1 tick = 1 hour); a run ends earlier when nothing is in flight
 * @param replications   independent runs
 * @param viralThreshold reach fraction above which a run counts as viral
 */
public record Scenario(String name, long seed, int steps, int replications, double viralThreshold,
    NetworkSpec network, Population population, Campaign campaign, Diffusion diffusion) {
  public Scenario {
    Checks.present("name", name);
    if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
      throw new InvalidValueException("name",
          "must start with a letter or digit and use only letters, digits, '.', '-' and '_' (at most 100), was \"" + name + "\"");
    }
    Checks.atLeast("steps", steps, 1);
    Checks.atLeast("replications", replications, 1);
    if (replications > 1_000_000) throw new InvalidValueException("replications", "must be at most 1000000, was " + replications);
    if (steps > 10_000_000) throw new InvalidValueException("steps", "must be at most 10000000, was " + steps);
    Checks.probability("viral_threshold", viralThreshold);
    Checks.present("network", network);
    Checks.present("population", population);
    Checks.present("campaign", campaign);
    Checks.present("diffusion", diffusion);
    if (campaign.start() >= steps) {
      throw new InvalidValueException("campaign.start", "must be before steps (" + steps + "), was " + campaign.start());
    }
  }

  public Scenario withReplications(int n) {
    return new Scenario(name, seed, steps, n, viralThreshold, network, population, campaign, diffusion);
  }

  public Scenario withSeed(long s) {
    return new Scenario(name, s, steps, replications, viralThreshold, network, population, campaign, diffusion);
  }
}
