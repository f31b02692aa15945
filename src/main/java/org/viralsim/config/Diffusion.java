package org.viralsim.config;

/**
 * @param model     the spreading rule
 * @param feed      settings of the {@code feed} model
 * @param threshold settings of the {@code threshold} model
 */
public record Diffusion(DiffusionModel model, Feed feed, Threshold threshold) {
  public Diffusion {
    Checks.present("model", model);
    Checks.present("feed", feed);
    Checks.present("threshold", threshold);
  }

  /** The model with the default feed and threshold settings. */
  public Diffusion(DiffusionModel model) {
    this(model, Defaults.FEED, new Threshold(Defaults.THRESHOLD, java.util.Map.of()));
  }
}
