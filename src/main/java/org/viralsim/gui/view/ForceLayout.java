package org.viralsim.gui.view;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Fruchterman and Reingold's force-directed layout: linked users pull each other together (d^2 / k),
 * all users push each other apart (through {@link Repulsion}), and each move is capped by a temperature
 * that cools step by step from a start given by {@link PivotEmbedding}. As in ForceAtlas2, a user pushes
 * and is pushed in proportion to its degree + 1, so hubs and dense groups keep room around them instead
 * of shrinking into one dot. Each connected piece is laid out on its own and the pieces are then packed
 * beside the largest ({@link PiecePacking}): pushed apart in one picture they would drift off for ever.
 * Distances are in units of k, the ideal link length.
 */
final class ForceLayout {
  private static final int STEPS = 250;
  /** Room per node in the start picture, in k^2. */
  private static final double START_AREA_PER_NODE = 2;
  /** How far nodes are shaken at the start, so that nodes at the same hop distances from every pivot part. */
  private static final double SHAKE = 0.5;
  /** Temperatures (largest moves, in k) fall geometrically from about a tenth of the picture's width to this. */
  private static final double COLDEST = 0.02;
  /** See {@link #pullToCentre}. */
  private static final double GRAVITY_WIDTH = 1.3;

  private final Subgraph graph;
  private final int n;
  private final double[] x;
  private final double[] y;
  private final double[] forceX;
  private final double[] forceY;
  private final double[] mass;

  private ForceLayout(Subgraph graph, Points start) {
    this.graph = graph;
    this.n = graph.size();
    this.x = start.x();
    this.y = start.y();
    this.forceX = new double[n];
    this.forceY = new double[n];
    this.mass = new double[n];
    for (int i = 0; i < n; i++) mass[i] = graph.end(i) - graph.start(i) + 1;
  }

  /** Positions of the graph's nodes in units of the ideal link length. */
  static Points of(Subgraph graph, SplittableRandom random) {
    int[][] pieces = Pieces.of(graph);
    if (pieces.length == 0) return Points.origin(0);
    if (pieces.length == 1) return connected(graph, random);
    Points[] layouts = new Points[pieces.length];
    double spacing = 1;
    for (int p = 0; p < pieces.length; p++) {
      if (pieces[p].length == 1) {
        layouts[p] = Points.origin(1);
      } else {
        Subgraph piece = graph.induced(pieces[p]);
        layouts[p] = connected(piece, random);
        if (p == 0) spacing = spacing(layouts[p]);
      }
    }
    return PiecePacking.pack(pieces, layouts, graph.size(), spacing);
  }

  /** The side of the square each node has on average within the bounding box: pieces sit that far apart. */
  private static double spacing(Points points) {
    double[] b = points.bounds();
    return Math.max(1e-3, Math.sqrt((b[2] - b[0]) * (b[3] - b[1]) / points.size()));
  }

  private static Points connected(Subgraph graph, SplittableRandom random) {
    int n = graph.size();
    Points start = PivotEmbedding.of(graph, Math.sqrt(n * START_AREA_PER_NODE / (2 * Math.PI)), random);
    for (int i = 0; i < n; i++) {
      start.x()[i] += (random.nextDouble() - 0.5) * 2 * SHAKE;
      start.y()[i] += (random.nextDouble() - 0.5) * 2 * SHAKE;
    }
    ForceLayout layout = new ForceLayout(graph, start);
    layout.run();
    return start;
  }

  private void run() {
    if (n < 2) return;
    Repulsion repulsion = new Repulsion(mass);
    double hottest = Math.max(1, Math.sqrt(n) / 10);
    for (int step = 0; step < STEPS; step++) {
      Arrays.fill(forceX, 0);
      Arrays.fill(forceY, 0);
      repulsion.apply(x, y, forceX, forceY);
      attract();
      pullToCentre();
      move(hottest * Math.pow(COLDEST / hottest, step / (STEPS - 1.0)));
    }
  }

  private void attract() {
    for (int i = 0; i < n; i++) {
      for (int link = graph.start(i); link < graph.end(i); link++) {
        int j = graph.target(link);
        double dx = x[j] - x[i];
        double dy = y[j] - y[i];
        double pull = Math.sqrt(dx * dx + dy * dy); // d^2 / k along the unit vector
        forceX[i] += dx * pull;
        forceY[i] += dy * pull;
      }
    }
  }

  /**
   * Pulls every node towards the centre of mass in proportion to its mass and distance, with the
   * strength that alone would hold all the mass in a disc GRAVITY_WIDTH times as wide as the picture is
   * now: gentle, yet it keeps groups with few links between them from drifting far apart and leaving the
   * picture mostly empty.
   */
  private void pullToCentre() {
    double cx = 0, cy = 0, total = 0;
    for (int i = 0; i < n; i++) {
      cx += mass[i] * x[i];
      cy += mass[i] * y[i];
      total += mass[i];
    }
    cx /= total;
    cy /= total;
    double squares = 0;
    for (int i = 0; i < n; i++) squares += mass[i] * ((x[i] - cx) * (x[i] - cx) + (y[i] - cy) * (y[i] - cy));
    double discRadius = Math.sqrt(2 * squares / total) * GRAVITY_WIDTH; // a uniform disc's radius is sqrt(2) RMS
    if (discRadius == 0) return;
    double strength = total / (discRadius * discRadius);
    for (int i = 0; i < n; i++) {
      forceX[i] -= strength * mass[i] * (x[i] - cx);
      forceY[i] -= strength * mass[i] * (y[i] - cy);
    }
  }

  private void move(double temperature) {
    for (int i = 0; i < n; i++) {
      double length = Math.sqrt(forceX[i] * forceX[i] + forceY[i] * forceY[i]);
      double step = length > temperature ? temperature / length : 1;
      x[i] += forceX[i] * step;
      y[i] += forceY[i] * step;
    }
  }
}
