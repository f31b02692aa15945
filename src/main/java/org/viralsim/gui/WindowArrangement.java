package org.viralsim.gui;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.List;
import javax.swing.JFrame;

/**
 * Puts the windows side by side on the screen, none over another, so a class sees everything at
 * once: the console on the left; then one network view beside the charts, or two views above them.
 */
final class WindowArrangement {
  private static final double CONSOLE_SHARE = 0.22;
  /** Side by side, the views' share of the height (the charts take the rest). */
  private static final double VIEWS_SHARE = 0.55;

  private WindowArrangement() {}

  static void place(JFrame console, List<LaneWindow> lanes, JFrame charts, boolean sideBySide) {
    Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
    int consoleWidth = (int) Math.min(460, Math.max(300, screen.width * CONSOLE_SHARE));
    console.setBounds(screen.x, screen.y, consoleWidth, screen.height);
    int x = screen.x + consoleWidth;
    int width = screen.width - consoleWidth;
    if (sideBySide) {
      int viewHeight = (int) (screen.height * VIEWS_SHARE);
      for (int i = 0; i < 2; i++) lanes.get(i).frame().setBounds(x + i * width / 2, screen.y, width / 2, viewHeight);
      charts.setBounds(x, screen.y + viewHeight, width, screen.height - viewHeight);
    } else {
      int viewWidth = Math.min((int) (width * 0.45), screen.height);
      lanes.get(0).frame().setBounds(x, screen.y, viewWidth, screen.height);
      charts.setBounds(x + viewWidth, screen.y, width - viewWidth, screen.height);
    }
    for (LaneWindow lane : lanes) {
      lane.frame().validate();
      lane.fit();
    }
  }
}
