package org.viralsim.config;

/** @param model the spreading rule */
public record Diffusion(DiffusionModel model) {
  public Diffusion {
    Checks.present("model", model);
  }
}
