package org.viralsim.gui.view;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A first picture of a connected graph from its hop distances (Harel and Koren's high-dimensional
 * embedding): distances from a few far-apart pivot users, projected onto their two main axes. It costs a
 * breadth-first search per pivot and gets the overall shape right (a ring stays a ring, far groups stay
 * apart), which a force layout started from random positions often misses: it folds the picture over.
 */
final class PivotEmbedding {
  private static final int PIVOTS = 50;
  private static final int POWER_STEPS = 100;

  private PivotEmbedding() {}

  /** Positions of a connected graph's nodes, centred on the origin with an RMS radius of rmsRadius. */
  static Points of(Subgraph graph, double rmsRadius, SplittableRandom random) {
    int n = graph.size();
    double[][] distances = new double[Math.min(PIVOTS, n)][];
    int[] nearestPivot = new int[n];
    Arrays.fill(nearestPivot, Integer.MAX_VALUE);
    int pivot = random.nextInt(n);
    int[] queue = new int[n];
    int[] hops = new int[n];
    for (int p = 0; p < distances.length; p++) {
      breadthFirst(graph, pivot, queue, hops);
      distances[p] = new double[n];
      int farthest = 0;
      for (int i = 0; i < n; i++) {
        distances[p][i] = hops[i];
        nearestPivot[i] = Math.min(nearestPivot[i], hops[i]);
        if (nearestPivot[i] > nearestPivot[farthest]) farthest = i;
      }
      pivot = farthest; // the next pivot lies as far as possible from all before it
    }
    for (double[] column : distances) {
      double mean = Arrays.stream(column).average().orElse(0);
      for (int i = 0; i < n; i++) column[i] -= mean;
    }
    double[][] covariance = covariance(distances);
    double[] first = mainAxis(covariance, null, random);
    double[] second = mainAxis(covariance, first, random);
    Points points = Points.origin(n);
    for (int p = 0; p < distances.length; p++) {
      for (int i = 0; i < n; i++) {
        points.x()[i] += first[p] * distances[p][i];
        points.y()[i] += second[p] * distances[p][i];
      }
    }
    double sumSquares = 0;
    for (int i = 0; i < n; i++) sumSquares += points.x()[i] * points.x()[i] + points.y()[i] * points.y()[i];
    double rms = Math.sqrt(sumSquares / n);
    double scale = rms > 0 ? rmsRadius / rms : 0;
    for (int i = 0; i < n; i++) {
      points.x()[i] *= scale;
      points.y()[i] *= scale;
    }
    return points;
  }

  private static void breadthFirst(Subgraph graph, int from, int[] queue, int[] hops) {
    Arrays.fill(hops, -1);
    hops[from] = 0;
    queue[0] = from;
    for (int head = 0, tail = 1; head < tail; head++) {
      int u = queue[head];
      for (int link = graph.start(u); link < graph.end(u); link++) {
        int v = graph.target(link);
        if (hops[v] < 0) {
          hops[v] = hops[u] + 1;
          queue[tail++] = v;
        }
      }
    }
  }

  private static double[][] covariance(double[][] columns) {
    int m = columns.length;
    double[][] c = new double[m][m];
    for (int a = 0; a < m; a++) {
      for (int b = a; b < m; b++) {
        double sum = 0;
        for (int i = 0; i < columns[a].length; i++) sum += columns[a][i] * columns[b][i];
        c[a][b] = sum;
        c[b][a] = sum;
      }
    }
    return c;
  }

  /** The unit eigenvector of the largest eigenvalue by power iteration, kept orthogonal to other if given. */
  private static double[] mainAxis(double[][] c, double[] other, SplittableRandom random) {
    int m = c.length;
    double[] v = new double[m];
    for (int a = 0; a < m; a++) v[a] = random.nextDouble() - 0.5;
    for (int step = 0; step < POWER_STEPS; step++) {
      if (other != null) removeComponent(v, other);
      double norm = Math.sqrt(dot(v, v));
      if (norm < 1e-12) return new double[m]; // no spread left in this direction
      double[] next = new double[m];
      for (int a = 0; a < m; a++) next[a] = dot(c[a], v) / norm;
      v = next;
    }
    if (other != null) removeComponent(v, other);
    double norm = Math.sqrt(dot(v, v));
    if (norm < 1e-12) return new double[m];
    for (int a = 0; a < m; a++) v[a] /= norm;
    return v;
  }

  private static void removeComponent(double[] v, double[] unit) {
    double d = dot(v, unit);
    for (int a = 0; a < v.length; a++) v[a] -= d * unit[a];
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) sum += a[i] * b[i];
    return sum;
  }
}
