package org.viralsim.validation;

/** Mean and standard error of repeated measurements. */
record Sampling(double mean, double standardError, int n) {
  /** Tolerance in standard errors: a correct engine fails a case with probability about 6e-5. */
  static final double Z = 4.0;

  static Sampling of(double[] values, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) sum += values[i];
    double mean = sum / count;
    double ss = 0;
    for (int i = 0; i < count; i++) ss += (values[i] - mean) * (values[i] - mean);
    double sd = count > 1 ? Math.sqrt(ss / (count - 1)) : Double.NaN;
    return new Sampling(mean, sd / Math.sqrt(count), count);
  }

  double tolerance() { return Z * standardError; }
}
