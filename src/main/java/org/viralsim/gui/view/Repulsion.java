package org.viralsim.gui.view;

import java.util.Arrays;

/**
 * The push every node feels from all others (k^2 / d each), by Barnes and Hut's approximation on a
 * pyramid of grids: the finest grid has about two nodes per cell, each coarser level merges 2 x 2 cells,
 * and a cell seen from a node under a small angle (side / distance below THETA) pushes as one mass at
 * its centre of mass. About O(n log n) per step. A push only from nearby nodes (the classic grid variant)
 * is cheaper but lets the links of a random network pull the picture into a tight ball.
 */
final class Repulsion {
  /** Coarse (1.0 is usual), yet the pictures look the same as with 1.0 at a third of the time. */
  private static final double THETA = 1.5;

  private final int levels; // the finest level; level l has 2^l x 2^l cells
  private final int[] levelStart; // cells of level l at levelStart[l] ...
  private final double[] mass;
  private final double[] sumX;
  private final double[] sumY;
  private final double[] centreX; // centre of mass of each cell
  private final double[] centreY;
  private final double[] openBelow; // a cell of level l is looked into when a node is closer (squared) than this
  private final int[] cellStart; // nodes of finest cell c: byCell[cellStart[c] .. cellStart[c+1]-1]
  private final int[] byCell;
  private final int[] cellX;
  private final int[] cellY;
  private final int[] stackLevel;
  private final int[] stackX;
  private final int[] stackY;
  private final double[] nodeMass;

  /** @param nodeMass how hard each node pushes and is pushed */
  Repulsion(double[] nodeMass) {
    int n = nodeMass.length;
    this.nodeMass = nodeMass;
    levels = Math.max(0, (int) Math.round(Math.log(n / 2.0) / Math.log(4)));
    levelStart = new int[levels + 2];
    for (int l = 0; l <= levels; l++) levelStart[l + 1] = levelStart[l] + (1 << (2 * l));
    mass = new double[levelStart[levels + 1]];
    sumX = new double[mass.length];
    sumY = new double[mass.length];
    centreX = new double[mass.length];
    centreY = new double[mass.length];
    openBelow = new double[levels + 1];
    cellStart = new int[(1 << (2 * levels)) + 1];
    byCell = new int[n];
    cellX = new int[n];
    cellY = new int[n];
    stackLevel = new int[3 * levels + 4]; // depth first: at most three cells wait per level
    stackX = new int[stackLevel.length];
    stackY = new int[stackLevel.length];
  }

  /** Adds each node's push to forceX and forceY. */
  void apply(double[] x, double[] y, double[] forceX, double[] forceY) {
    double side = build(x, y);
    for (int l = 0; l <= levels; l++) {
      double cellSide = side / (1 << l);
      openBelow[l] = cellSide * cellSide / (THETA * THETA);
    }
    for (int i = 0; i < x.length; i++) push(i, x, y, forceX, forceY);
  }

  /** Sorts nodes into the finest cells and sums masses up the pyramid; returns the side of the whole grid. */
  private double build(double[] x, double[] y) {
    int n = x.length;
    double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      minX = Math.min(minX, x[i]);
      maxX = Math.max(maxX, x[i]);
      minY = Math.min(minY, y[i]);
      maxY = Math.max(maxY, y[i]);
    }
    double side = Math.max(1e-9, Math.max(maxX - minX, maxY - minY));
    int cells = 1 << levels;
    Arrays.fill(mass, 0);
    Arrays.fill(sumX, 0);
    Arrays.fill(sumY, 0);
    Arrays.fill(cellStart, 0);
    int finest = levelStart[levels];
    for (int i = 0; i < n; i++) {
      cellX[i] = Math.min(cells - 1, (int) ((x[i] - minX) / side * cells));
      cellY[i] = Math.min(cells - 1, (int) ((y[i] - minY) / side * cells));
      int c = cellY[i] * cells + cellX[i];
      cellStart[c + 1]++;
      mass[finest + c] += nodeMass[i];
      sumX[finest + c] += nodeMass[i] * x[i];
      sumY[finest + c] += nodeMass[i] * y[i];
    }
    for (int c = 0; c < cells * cells; c++) cellStart[c + 1] += cellStart[c];
    int[] next = Arrays.copyOf(cellStart, cells * cells);
    for (int i = 0; i < n; i++) byCell[next[cellY[i] * cells + cellX[i]]++] = i;
    for (int l = levels - 1; l >= 0; l--) {
      int width = 1 << l;
      for (int cy = 0; cy < width; cy++) {
        for (int cx = 0; cx < width; cx++) {
          int parent = levelStart[l] + cy * width + cx;
          for (int child = 0; child < 4; child++) {
            int c = levelStart[l + 1] + (2 * cy + child / 2) * 2 * width + 2 * cx + child % 2;
            mass[parent] += mass[c];
            sumX[parent] += sumX[c];
            sumY[parent] += sumY[c];
          }
        }
      }
    }
    for (int c = 0; c < mass.length; c++) {
      if (mass[c] > 0) {
        centreX[c] = sumX[c] / mass[c];
        centreY[c] = sumY[c] / mass[c];
      }
    }
    return side;
  }

  private void push(int i, double[] x, double[] y, double[] forceX, double[] forceY) {
    double xi = x[i], yi = y[i];
    double fx = 0, fy = 0;
    stackLevel[0] = 0;
    stackX[0] = 0;
    stackY[0] = 0;
    int top = 1;
    while (top > 0) {
      top--;
      int l = stackLevel[top];
      int cx = stackX[top];
      int cy = stackY[top];
      int cell = levelStart[l] + (cy << l) + cx;
      int shift = levels - l;
      if (cellX[i] >> shift != cx || cellY[i] >> shift != cy) {
        double dx = xi - centreX[cell];
        double dy = yi - centreY[cell];
        double d2 = dx * dx + dy * dy;
        if (d2 > openBelow[l]) {
          double push = mass[cell] / d2; // k^2 / d along the unit vector, times the cell's mass
          fx += push * dx;
          fy += push * dy;
          continue;
        }
      }
      if (l == levels) {
        int finest = (cy << l) + cx;
        for (int b = cellStart[finest]; b < cellStart[finest + 1]; b++) {
          int j = byCell[b];
          if (j == i) continue;
          double dx = xi - x[j];
          double dy = yi - y[j];
          double d2 = dx * dx + dy * dy;
          if (d2 < 1e-12) { // one spot: part along a direction fixed by the pair, opposite for the other node
            double angle = Math.min(i, j) * 2.399963 + Math.max(i, j);
            double sign = i < j ? 1e-6 : -1e-6;
            dx = sign * Math.cos(angle);
            dy = sign * Math.sin(angle);
            d2 = 1e-12;
          }
          double push = nodeMass[j] / d2;
          fx += push * dx;
          fy += push * dy;
        }
      } else {
        int childStart = levelStart[l + 1];
        for (int child = 0; child < 4; child++) {
          int childX = 2 * cx + (child & 1);
          int childY = 2 * cy + (child >> 1);
          if (mass[childStart + (childY << (l + 1)) + childX] == 0) continue;
          stackLevel[top] = l + 1;
          stackX[top] = childX;
          stackY[top] = childY;
          top++;
        }
      }
    }
    forceX[i] += nodeMass[i] * fx;
    forceY[i] += nodeMass[i] * fy;
  }
}
