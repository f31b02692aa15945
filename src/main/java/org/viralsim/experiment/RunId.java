package org.viralsim.experiment;

/**
 * One run: the index of its scenario among those run together (a sweep's point; 0 for the
 * replications of one scenario) and its replication. Runs order by point, then replication.
 */
public record RunId(int point, int replication) implements Comparable<RunId> {
  @Override
  public int compareTo(RunId other) {
    int c = Integer.compare(point, other.point);
    return c != 0 ? c : Integer.compare(replication, other.replication);
  }
}
