package org.viralsim.myth;

import java.util.List;

/**
 * A belief about social media put to the test (docs/myths.md): the claim in words, the share of
 * firms that hold it and its source, the experiment that tests it on each platform family, the
 * metric that decides and what the claim predicts of it.
 *
 * @param beliefShare the share of firms that hold the claim, or null when no survey gives one
 * @param families    the platform families it is tested on, by name
 * @param charts      further metrics a sweep's evidence charts against its parameter
 */
public record Myth(String id, String claim, Double beliefShare, String source, List<String> families,
    int replications, int quickReplications, Experiment experiment, String metric, Prediction prediction,
    List<String> charts) {
  public Myth {
    families = List.copyOf(families);
    charts = List.copyOf(charts);
  }

  /** The runs that test a claim: settings ({@code --set} form) applied to the family's scenario. */
  public sealed interface Experiment permits Compare, Sweep, Variants {
    /** Settings every run of the experiment gets. */
    List<String> base();
  }

  /** Two variants run as pairs with common random numbers. */
  public record Compare(List<String> base, Arm a, Arm b) implements Experiment {
    public Compare {
      base = List.copyOf(base);
    }
  }

  /** A variant: its name and its settings. */
  public record Arm(String label, List<String> set) {
    public Arm {
      set = List.copyOf(set);
    }
  }

  /** One parameter set to each of its values in turn, with the same seeds at every value. */
  public record Sweep(List<String> base, String parameter, List<Double> values) implements Experiment {
    public Sweep {
      base = List.copyOf(base);
      values = List.copyOf(values);
    }
  }

  /** Several variants, all run with the same seeds. */
  public record Variants(List<String> base, List<Arm> arms) implements Experiment {
    public Variants {
      base = List.copyOf(base);
      arms = List.copyOf(arms);
    }
  }

  /** What the claim predicts of the metric. */
  public sealed interface Prediction permits NoDifference, Above, Proportional, Best, AgreesWith {}

  /** Of variants: the one labelled {@code label} does best on the metric. */
  public record Best(String label) implements Prediction {}

  /** Of variants: ranking them by the metric and by {@code other} gives the same order. */
  public record AgreesWith(String other) implements Prediction {}

  /** Of a comparison: B and A do not differ. */
  public record NoDifference() implements Prediction {}

  /** Of a sweep: at the parameter value {@code at}, the metric's mean is above {@code threshold}. */
  public record Above(double threshold, double at) implements Prediction {}

  /** Of a sweep: doubling the parameter from {@code at} doubles the metric. */
  public record Proportional(double at) implements Prediction {}
}
