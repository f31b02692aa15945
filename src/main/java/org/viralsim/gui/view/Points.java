package org.viralsim.gui.view;

/** Positions of local nodes 0..n-1 in a plane of any scale; node i sits at (x[i], y[i]). */
record Points(double[] x, double[] y) {
  /** Margin left free on each side of the unit square, so dots at the edge are drawn whole. */
  static final double MARGIN = 0.03;

  static Points origin(int n) {
    return new Points(new double[n], new double[n]);
  }

  int size() { return x.length; }

  /** The bounding box, {min x, min y, max x, max y}. */
  double[] bounds() {
    double[] b = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
      Double.NEGATIVE_INFINITY};
    for (int i = 0; i < size(); i++) {
      b[0] = Math.min(b[0], x[i]);
      b[1] = Math.min(b[1], y[i]);
      b[2] = Math.max(b[2], x[i]);
      b[3] = Math.max(b[3], y[i]);
    }
    return b;
  }

  /** The same picture scaled into [MARGIN, 1 - MARGIN] both ways, aspect kept and centred. */
  Points fittedToUnitSquare() {
    double[] b = bounds();
    double minX = b[0], minY = b[1], maxX = b[2], maxY = b[3];
    double extent = Math.max(maxX - minX, maxY - minY);
    double scale = extent > 0 ? (1 - 2 * MARGIN) / extent : 0; // one user, or all in one spot: the centre
    double[] fx = new double[size()];
    double[] fy = new double[size()];
    for (int i = 0; i < size(); i++) {
      fx[i] = clamp(0.5 + (x[i] - (minX + maxX) / 2) * scale);
      fy[i] = clamp(0.5 + (y[i] - (minY + maxY) / 2) * scale);
    }
    return new Points(fx, fy);
  }

  /** Guards against rounding just past the margin. */
  private static double clamp(double v) {
    return Math.min(1 - MARGIN, Math.max(MARGIN, v));
  }
}
