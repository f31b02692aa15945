package org.viralsim.gui.view;

/** Positions of local nodes 0..n-1 in a plane of any scale; node i sits at (x[i], y[i]). */
record Points(double[] x, double[] y) {
  /** Margin left free on each side of the unit square, so dots at the edge are drawn whole. */
  static final double MARGIN = 0.03;

  static Points origin(int n) {
    return new Points(new double[n], new double[n]);
  }

  int size() { return x.length; }

  /** The same picture scaled into [MARGIN, 1 - MARGIN] both ways, aspect kept and centred. */
  Points fittedToUnitSquare() {
    double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < size(); i++) {
      minX = Math.min(minX, x[i]);
      maxX = Math.max(maxX, x[i]);
      minY = Math.min(minY, y[i]);
      maxY = Math.max(maxY, y[i]);
    }
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
