package org.viralsim.sweep;

import java.util.List;
import org.viralsim.stats.MorrisScreening;
import org.viralsim.stats.SobolIndices;
import org.viralsim.sweep.design.Design;
import org.viralsim.sweep.design.Parameter;
import org.viralsim.sweep.design.Point;

/**
 * A parameter sweep: the parameters varied over a base scenario, the design that places the points,
 * the replications at each point and an optional sensitivity analysis or replication target. With
 * an analysis the design is the analysis plan: one point per plan row.
 */
public record Sweep(String name, List<Parameter> parameters, String design, int samples, long designSeed,
    int replications, boolean keepTimeseries, Analysis analysis, TargetCi targetCi) {

  public static final List<String> DESIGNS = List.of("grid", "random", "lhs", "sobol");

  /** Sobol indices or Morris elementary effects of {@code outputs}, the per-point means of metrics. */
  public record Analysis(String method, List<String> outputs, int samples, int trajectories, int levels, int bootstrap) {
    public static final List<String> METHODS = List.of("none", "sobol", "morris");

    public boolean none() { return method.equals("none"); }
  }

  /** Replications are added at each point until the 95% CI half-width of metric is below halfWidth, up to a cap. */
  public record TargetCi(String metric, double halfWidth, int maxReplications) {}

  public Sweep {
    parameters = List.copyOf(parameters);
  }

  /** The points, in index order. */
  public List<Point> points() {
    return switch (analysis.method()) {
      case "sobol" -> Design.at(parameters, sobolPlan().rows());
      case "morris" -> Design.at(parameters, morrisPlan().rows());
      default -> switch (design) {
        case "grid" -> Design.grid(parameters);
        case "random" -> Design.random(parameters, samples, designSeed);
        case "lhs" -> Design.lhs(parameters, samples, designSeed);
        default -> Design.sobol(parameters, samples);
      };
    };
  }

  public SobolIndices.Plan sobolPlan() { return SobolIndices.plan(analysis.samples(), parameters.size()); }

  public MorrisScreening.Plan morrisPlan() {
    return MorrisScreening.plan(analysis.trajectories(), parameters.size(), analysis.levels(), designSeed);
  }
}
