package org.viralsim.config;

/** The tone of an item or comment about a brand. */
public enum Sentiment {
  POSITIVE(1), NEUTRAL(0), NEGATIVE(-1);

  private final int sign;

  Sentiment(int sign) { this.sign = sign; }

  /** +1, 0 or -1. */
  public int sign() { return sign; }
}
