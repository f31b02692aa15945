package org.viralsim.gui.view;

import java.awt.Graphics2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/** Puts a {@link NetworkPicture} in a MASON display: the whole picture in one pass, fast for thousands of users. */
public final class NetworkPortrayal extends FieldPortrayal2D {
  private double scale = 1;

  /** 1 on a monitor; larger for a projector. */
  public void setScale(double scale) { this.scale = scale; }

  @Override
  public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
    if (field instanceof NetworkPicture picture) picture.paint(graphics, info.draw, scale);
  }
}
