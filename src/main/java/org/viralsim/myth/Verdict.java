package org.viralsim.myth;

import java.util.Locale;

/** What the evidence says of a claim. */
public enum Verdict {
  /** The claim is false here: the evidence contradicts what it predicts. */
  BUSTED,
  /** The claim stands here: the evidence is what it predicts. */
  HOLDS,
  /** Neither across the families (they disagree), or a parameter decides. */
  DEPENDS;

  public String key() { return name().toLowerCase(Locale.ROOT); }

  /** The verdict over several families: theirs when they agree, else depends. */
  public static Verdict overall(Iterable<Verdict> byFamily) {
    Verdict first = null;
    for (Verdict v : byFamily) {
      if (first == null) first = v;
      else if (v != first) return DEPENDS;
    }
    return first == null ? DEPENDS : first;
  }
}
