package org.viralsim.gui.view;

/**
 * Puts separately laid out pieces of a graph into one picture: the largest on top, the others in rows
 * below it, larger ones first, so that users without a link to the main network read as apart from it.
 */
final class PiecePacking {
  private PiecePacking() {}

  /**
   * @param pieces  the nodes of each piece, largest first (as {@link Pieces#of})
   * @param layouts the positions of piece p's nodes, in the order of pieces[p]
   * @param n       nodes in all
   * @param gap     space between neighbouring pieces
   */
  static Points pack(int[][] pieces, Points[] layouts, int n, double gap) {
    int count = pieces.length;
    double[] width = new double[count];
    double[] height = new double[count];
    double othersArea = 0;
    for (int p = 0; p < count; p++) {
      moveToOrigin(layouts[p]);
      width[p] = extent(layouts[p].x());
      height[p] = extent(layouts[p].y());
      if (p > 0) othersArea += (width[p] + gap) * (height[p] + gap);
    }
    // Rows as wide as the largest piece, or as the square that holds all when the others need more room.
    double rowWidth = Math.max(width[0], Math.sqrt((width[0] + gap) * (height[0] + gap) + othersArea));
    double[] left = new double[count];
    double[] top = new double[count];
    left[0] = (rowWidth - width[0]) / 2;
    double rowTop = height[0] + 2 * gap;
    double rowHeight = 0;
    double next = 0;
    for (int p = 1; p < count; p++) {
      if (next > 0 && next + width[p] > rowWidth) {
        rowTop += rowHeight + gap;
        rowHeight = 0;
        next = 0;
      }
      left[p] = next;
      top[p] = rowTop;
      next += width[p] + gap;
      rowHeight = Math.max(rowHeight, height[p]);
    }
    Points all = Points.origin(n);
    for (int p = 0; p < count; p++) {
      for (int i = 0; i < pieces[p].length; i++) {
        all.x()[pieces[p][i]] = left[p] + layouts[p].x()[i];
        all.y()[pieces[p][i]] = top[p] + layouts[p].y()[i];
      }
    }
    return all;
  }

  /** Shifts the points so the smallest x and y are 0. */
  private static void moveToOrigin(Points points) {
    double[] b = points.bounds();
    for (int i = 0; i < points.size(); i++) {
      points.x()[i] -= b[0];
      points.y()[i] -= b[1];
    }
  }

  private static double extent(double[] values) {
    double max = 0;
    for (double v : values) max = Math.max(max, v);
    return max;
  }
}
