package org.viralsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.image.BufferedImage;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
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
  /** The lines under the view: the run, the hour and its figures. The key itself is in the chart window. */
  private final Legend caption = new Legend();
  /** The same lines with the key, for a saved picture of the view. */
  private final Legend captionAndKey = new Legend();
  private final JLabel note = new JLabel();
  private final JFrame frame;
  private NetworkPicture picture;

  /** @param saveView what the window's "Save view as PNG" button does */
  LaneWindow(GUIState gui, String title, Runnable saveView) {
    display = new Display2D(SIZE, SIZE, gui);
    display.setBackdrop(Palette.BACKGROUND);
    display.attach(portrayal, "Network");
    JButton save = new JButton("Save view as PNG…");
    save.addActionListener(e -> saveView.run());
    display.header.add(save); // in the display's own tool row, beside its camera and scale
    frame = display.createFrame();
    frame.setTitle(title);
    note.setBorder(new EmptyBorder(4, 8, 4, 8));
    note.setForeground(new Color(0x8a3b00));
    caption.setShowKey(false);
    frame.getContentPane().add(note, BorderLayout.NORTH);
    frame.getContentPane().add(caption, BorderLayout.SOUTH);
    frame.pack();
    display.display.getViewport().addComponentListener(new ComponentAdapter() {
      @Override
      public void componentResized(ComponentEvent e) { fit(); }
    });
  }

  /** Scales the picture to the window, so the whole network shows without scrolling. */
  void fit() {
    Dimension room = display.display.getViewport().getExtentSize();
    double scale = Math.floor(100.0 * Math.min(room.width, room.height) / SIZE) / 100; // 0.52, not 0.5257142857
    if (scale > 0 && Math.abs(scale - display.getScale()) > 1e-3) display.setScale(scale);
  }

  JFrame frame() { return frame; }

  /** The roles as a key names them, "creators 1%", in role order. */
  static String[] roleLabels(Lane lane) {
    String[] names = lane.scenario.population().roleNames();
    Role[] roles = lane.scenario.population().roleArray();
    String[] labels = new String[names.length];
    for (int r = 0; r < names.length; r++) {
      labels[r] = String.format(Locale.ROOT, "%ss %s", names[r], percent(roles[r].share()));
    }
    return labels;
  }

  /** Shows a new run: its picture, and whether only a sample is drawn. */
  void show(Lane lane, NetworkPicture next) {
    picture = next;
    portrayal.setField(next);
    frame.setTitle("viralsim: " + lane.label);
    captionAndKey.setRoles(roleLabels(lane));
    String sample = next.layout().note();
    note.setText(sample == null ? "" : "<html>" + sample + "</html>"); // html: wraps in a narrow window
    note.setVisible(sample != null);
    display.reset();
    display.repaint();
  }

  /** Shows nothing: the start failed (the Lesson tab says why). */
  void clear() {
    picture = null;
    portrayal.setField(null);
    setCaption("Not started: see the Lesson tab", "");
    note.setVisible(false);
    display.repaint();
  }

  void setCaption(String title, String figures) {
    caption.setCaption(title, figures);
    captionAndKey.setCaption(title, figures);
  }

  void setScale(double scale) {
    portrayal.setScale(scale);
    caption.setScale(scale);
    captionAndKey.setScale(scale);
    note.setFont(note.getFont().deriveFont(Font.BOLD, (float) (13 * scale)));
    display.repaint();
  }

  /** The view with its key as an image for slides, or null before the first start. */
  BufferedImage image(int size, double scale) {
    return picture == null ? null : picture.image(size, scale, captionAndKey);
  }

  private static String percent(double share) {
    double p = 100 * share;
    return String.format(Locale.ROOT, p == Math.rint(p) ? "%.0f%%" : "%.1f%%", p);
  }
}
