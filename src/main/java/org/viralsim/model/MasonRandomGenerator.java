package org.viralsim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/** Lets Commons Math distributions draw from the model's own MASON stream. */
final class MasonRandomGenerator extends AbstractRandomGenerator {
  private final MersenneTwisterFast random;

  MasonRandomGenerator(MersenneTwisterFast random) { this.random = random; }

  @Override public void setSeed(long seed) {
    throw new UnsupportedOperationException("the model's stream is seeded once, by the scenario");
  }

  @Override public double nextDouble() { return random.nextDouble(); }
}
