package org.viralsim.sweep;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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
public record Sweep(String name, List<Parameter> parameters, DesignKind design, int samples, long designSeed,
    int replications, boolean keepTimeseries, Analysis analysis, TargetCi targetCi) {

  /** How the points are placed, named in sweep files by {@link #key()}. */
  public enum DesignKind {
    GRID, RANDOM, LHS, SOBOL;

    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static List<String> keys() { return Stream.of(values()).map(DesignKind::key).toList(); }

    public static DesignKind of(String key) { return valueOf(key.toUpperCase(Locale.ROOT)); }
  }

  /** The sensitivity analysis, named in sweep files by {@link #key()}. */
  public enum Method {
    NONE, SOBOL, MORRIS;

    public String key() { return name().toLowerCase(Locale.ROOT); }

    public static List<String> keys() { return Stream.of(values()).map(Method::key).toList(); }

    public static Method of(String key) { return valueOf(key.toUpperCase(Locale.ROOT)); }
  }

  /** Sobol indices or Morris elementary effects of {@code outputs}, the per-point means of metrics. */
  public record Analysis(Method method, List<String> outputs, int samples, int trajectories, int levels, int bootstrap) {
    public boolean none() { return method == Method.NONE; }
  }

  /** Replications are added at each point until the 95% CI half-width of metric is below halfWidth, up to a cap. */
  public record TargetCi(String metric, double halfWidth, int maxReplications) {}

  public Sweep {
    parameters = List.copyOf(parameters);
  }

  /** A grid design: every combination of the parameters' values (not a sample, not an analysis plan). */
  public boolean grid() { return analysis.none() && design == DesignKind.GRID; }

  /** The points, in index order. */
  public List<Point> points() {
    return switch (analysis.method()) {
      case SOBOL -> Design.at(parameters, sobolPlan().rows());
      case MORRIS -> Design.at(parameters, morrisPlan().rows());
      case NONE -> switch (design) {
        case GRID -> Design.grid(parameters);
        case RANDOM -> Design.random(parameters, samples, designSeed);
        case LHS -> Design.lhs(parameters, samples, designSeed);
        case SOBOL -> Design.sobol(parameters, samples);
      };
    };
  }

  public SobolIndices.Plan sobolPlan() { return SobolIndices.plan(analysis.samples(), parameters.size()); }

  public MorrisScreening.Plan morrisPlan() {
    return MorrisScreening.plan(analysis.trajectories(), parameters.size(), analysis.levels(), designSeed);
  }
}
