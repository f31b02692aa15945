package org.viralsim.io.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.viralsim.config.Defaults;
import org.viralsim.config.Diffusion;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.Feed;
import org.viralsim.config.FeedRanking;
import org.viralsim.config.Threshold;
import org.viralsim.config.ThresholdDistribution;

/** Reads {@code diffusion}: the model and the settings of the feed and threshold models. */
final class DiffusionSections {
  static final List<String> DISTRIBUTIONS = List.of("fixed", "uniform", "normal");
  private static final List<String> DISTRIBUTION_KEYS = List.of("distribution", "value", "mean", "sd", "min", "max");

  private DiffusionSections() {}

  static Diffusion diffusion(Section d) {
    d.allowOnly("model", "feed", "threshold");
    DiffusionModel model = d.option("model", Defaults.DIFFUSION_MODEL);
    Feed feed = feed(d.section("feed"));
    Threshold threshold = threshold(d.section("threshold"));
    return d.build(() -> new Diffusion(model, feed, threshold));
  }

  private static Feed feed(Section f) {
    f.allowOnly("length", "attention", "lifetime", "ranking");
    Feed d = Defaults.FEED;
    int length = f.integer("length", d.length());
    int attention = f.integer("attention", d.attention());
    int lifetime = f.integer("lifetime", d.lifetime());
    FeedRanking ranking = f.option("ranking", d.ranking());
    return f.build(() -> new Feed(length, attention, lifetime, ranking));
  }

  private static Threshold threshold(Section t) {
    List<String> keys = new ArrayList<>(DISTRIBUTION_KEYS);
    keys.add("roles");
    t.allowOnly("", keys, List.of());
    ThresholdDistribution all = distribution(t, Defaults.THRESHOLD);
    Map<String, ThresholdDistribution> roles = new LinkedHashMap<>();
    Section byRole = t.section("roles");
    for (String role : byRole.keys()) {
      Section r = byRole.section(role);
      r.allowOnly("", DISTRIBUTION_KEYS, List.of());
      roles.put(role, distribution(r, all));
    }
    return t.build(() -> new Threshold(all, roles));
  }

  /**
   * A distribution from {@code distribution} and its parameters; without {@code distribution}, a
   * {@code value} means fixed, a {@code mean} or {@code sd} normal, a {@code min} or {@code max}
   * uniform, and no parameter at all {@code def}.
   */
  private static ThresholdDistribution distribution(Section s, ThresholdDistribution def) {
    String inferred = s.has("value") ? "fixed" : s.has("mean") || s.has("sd") ? "normal"
        : s.has("min") || s.has("max") ? "uniform" : null;
    String kind = s.choice("distribution", DISTRIBUTIONS, inferred);
    if (kind == null) return def;
    switch (kind) {
      case "fixed": {
        only(s, kind, "value");
        if (!s.has("value")) throw s.error("value", "is required for distribution fixed");
        double v = s.number("value", 0);
        return s.build(() -> new ThresholdDistribution.Fixed(v));
      }
      case "uniform": {
        only(s, kind, "min", "max");
        double min = s.number("min", 0);
        double max = s.number("max", 1);
        return s.build(() -> new ThresholdDistribution.Uniform(min, max));
      }
      default: {
        only(s, kind, "mean", "sd");
        if (!s.has("mean")) throw s.error("mean", "is required for distribution normal");
        double mean = s.number("mean", 0);
        double sd = s.number("sd", 0);
        return s.build(() -> new ThresholdDistribution.Normal(mean, sd));
      }
    }
  }

  private static void only(Section s, String kind, String... params) {
    for (String key : DISTRIBUTION_KEYS) {
      if (key.equals("distribution") || List.of(params).contains(key)) continue;
      if (s.has(key)) throw s.error(key, "is not a parameter of distribution " + kind + "; it takes " + String.join(", ", params));
    }
  }
}
