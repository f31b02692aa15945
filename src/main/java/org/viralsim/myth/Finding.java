package org.viralsim.myth;

import java.util.List;
import org.viralsim.experiment.Comparison;
import org.viralsim.experiment.Replications;

/**
 * A myth tested on one platform family: the verdict, the effect that decided it with its 95%
 * interval and p-value, and one plain sentence saying why. The effect is B - A for a comparison, the
 * metric's mean at the value the claim names for a threshold, the factor a doubling gives for
 * proportionality.
 *
 * @param comparison the two variants' runs, for a comparison (else null)
 * @param points     the runs at each value, for a sweep (else empty)
 * @param boundary   for a threshold: the parameter value at which the metric's mean crosses it, with its
 *                   95% interval ({@code [estimate, low, high]}, NaN where it does not cross)
 */
public record Finding(Myth myth, String family, Verdict verdict, double effect, double ciLow, double ciHigh,
    double pValue, int replications, String sentence, Comparison comparison, List<Replications> points,
    double[] boundary) {
  public Finding {
    points = List.copyOf(points);
    boundary = boundary.clone();
  }

  @Override
  public double[] boundary() { return boundary.clone(); }
}
