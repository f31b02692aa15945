package org.viralsim.gui.view;

import java.awt.Color;

/**
 * The trainer window's colours, from the Okabe-Ito palette, which stays distinct under the common
 * forms of colour blindness and on a washed-out projector: one hue per role, a faded tint for users
 * the campaign has not reached, and black for sharing (rings and cascade edges).
 */
public final class Palette {
  /** Creators vermillion, contributors bluish green, lurkers sky blue; further roles take the rest of the palette. */
  private static final Color[] ROLES = {
    new Color(0xD55E00), new Color(0x009E73), new Color(0x56B4E9), new Color(0xE69F00), new Color(0xCC79A7),
    new Color(0x0072B2), new Color(0xF0E442),
  };
  /** How much of a role's colour an unreached user keeps (the rest is the background). */
  private static final double FADED = 0.28;
  public static final Color BACKGROUND = Color.WHITE;
  public static final Color SHARING = Color.BLACK;
  public static final Color CASCADE = new Color(0, 0, 0, 150);
  public static final Color EDGE = new Color(120, 120, 120, 40);
  public static final Color TEXT = new Color(0x222222);

  private Palette() {}

  /** The colour of the role with this index. */
  public static Color role(int index) {
    return ROLES[Math.floorMod(index, ROLES.length)];
  }

  /** The role's colour for a user the campaign has not reached yet. */
  public static Color faded(int index) {
    return blend(role(index), BACKGROUND, FADED);
  }

  public static Color blend(Color c, Color background, double keep) {
    return new Color(mix(c.getRed(), background.getRed(), keep), mix(c.getGreen(), background.getGreen(), keep),
        mix(c.getBlue(), background.getBlue(), keep));
  }

  private static int mix(int a, int b, double keep) {
    return (int) Math.round(a * keep + b * (1 - keep));
  }
}
