package org.viralsim.config;

/**
 * Limited attention (Weng, Flammini, Vespignani &amp; Menczer 2012): each share lands in the feeds
 * of the sharer's followers; an online user reads the top {@code attention} unread entries.
 *
 * @param length    entries a feed holds; a new entry pushes the oldest out, unseen
 * @param attention entries a user reads per online tick
 * @param lifetime  ticks an entry stays readable after it arrived (1: only at the next tick, as in
 *                  the independent cascade)
 * @param ranking   the order entries are shown in
 */
public record Feed(int length, int attention, int lifetime, FeedRanking ranking) {
  public static final int MAX = 100_000_000;

  public Feed {
    Checks.atLeast("length", length, 1);
    Checks.atLeast("attention", attention, 1);
    Checks.atLeast("lifetime", lifetime, 1);
    Checks.atMost("length", length, MAX);
    Checks.atMost("attention", attention, MAX);
    Checks.atMost("lifetime", lifetime, MAX);
    Checks.present("ranking", ranking);
  }
}
