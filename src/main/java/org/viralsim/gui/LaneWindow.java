package org.viralsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.border.EmptyBorder;
import org.viralsim.config.Role;
import org.viralsim.gui.view.Legend;
import org.viralsim.gui.view.NetworkPicture;
import org.viralsim.gui.view.NetworkPortrayal;
import org.viralsim.gui.view.Palette;
import sim.display.Display2D;
import sim.display.GUIState;

/** One run's network view: a MASON display with the picture, a note when it is a sample, and the legend. */
final class LaneWindow {
  static final int SIZE = 700;
  private final Display2D display;
  private final NetworkPortrayal portrayal = new NetworkPortrayal();
  private final Legend legend = new Legend();
  private final JLabel note = new JLabel();
  private final JFrame frame;
  private NetworkPicture picture;

  LaneWindow(GUIState gui, String title) {
    display = new Display2D(SIZE, SIZE, gui);
    display.setBackdrop(Palette.BACKGROUND);
    display.attach(portrayal, "Network");
    frame = display.createFrame();
    frame.setTitle(title);
    note.setBorder(new EmptyBorder(4, 8, 4, 8));
    note.setForeground(new Color(0x8a3b00));
    JPanel south = new JPanel(new BorderLayout());
    south.add(legend, BorderLayout.CENTER);
    frame.getContentPane().add(note, BorderLayout.NORTH);
    frame.getContentPane().add(south, BorderLayout.SOUTH);
    frame.pack();
    frame.addComponentListener(new ComponentAdapter() {
      @Override
      public void componentResized(ComponentEvent e) { fit(); }
    });
  }

  /** Scales the picture to the window, so the whole network shows without scrolling. */
  void fit() {
    Dimension room = display.display.getViewport().getExtentSize();
    double scale = Math.min(room.width, room.height) / (double) SIZE;
    if (scale > 0 && Math.abs(scale - display.getScale()) > 1e-3) display.setScale(scale);
  }

  JFrame frame() { return frame; }

  /** Shows a new run: its picture, its roles in the legend, and whether only a sample is drawn. */
  void show(Lane lane, NetworkPicture next) {
    picture = next;
    portrayal.setField(next);
    frame.setTitle("viralsim: " + lane.label);
    String[] names = lane.scenario.population().roleNames();
    Role[] roles = lane.scenario.population().roleArray();
    String[] labels = new String[names.length];
    for (int r = 0; r < names.length; r++) {
      labels[r] = String.format(Locale.ROOT, "%ss %s", names[r], percent(roles[r].share()));
    }
    legend.setRoles(labels);
    String sample = next.layout().note();
    note.setText(sample == null ? "" : sample);
    note.setVisible(sample != null);
    display.reset();
    display.repaint();
  }

  void setCaption(String title, String figures) { legend.setCaption(title, figures); }

  void setScale(double scale) {
    portrayal.setScale(scale);
    legend.setScale(scale);
    note.setFont(note.getFont().deriveFont(Font.BOLD, (float) (13 * scale)));
    display.repaint();
  }

  /** The view as an image for slides: the picture over the legend, at this size. */
  BufferedImage image(int width, int height, double scale) {
    BufferedImage key = legend.image(width);
    BufferedImage image = new BufferedImage(width, height + key.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Palette.BACKGROUND);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    if (picture != null) picture.paint(g, new Rectangle2D.Double(0, 0, width, height), scale);
    g.drawImage(key, 0, height, null);
    g.dispose();
    return image;
  }

  private static String percent(double share) {
    double p = 100 * share;
    return String.format(Locale.ROOT, p == Math.rint(p) ? "%.0f%%" : "%.1f%%", p);
  }
}
