package org.viralsim.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A sweep file beside a tiny base scenario (60 users, 8 ticks): fast enough to run whole in tests. */
public final class TinySweep {
  private TinySweep() {}

  /** The base scenario, written as tiny.yaml; sweeps name it with {@code base: tiny.yaml}. */
  public static final String BASE = """
      name: tiny
      seed: 5
      steps: 8
      replications: 2
      network: {type: erdos_renyi, nodes: 60, mean_degree: 4}
      campaign: {appeal: 3, start: 1, seeding: {strategy: top_degree, count: 2}}
      """;

  /** Writes tiny.yaml and the sweep as s.yaml into {@code dir}; returns the sweep file. */
  public static Path write(Path dir, String sweep) throws IOException {
    Files.writeString(dir.resolve("tiny.yaml"), BASE);
    return Files.writeString(dir.resolve("s.yaml"), sweep);
  }
}
