package org.viralsim.gui.view;

import java.awt.BasicStroke;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;

/**
 * The key to a network view: a bold line saying what is shown, a line of the campaign's figures,
 * then one swatch per role and the marks of the spread (each part may be left out). Entries flow onto
 * further rows when the window is narrow.
 */
public final class Legend extends JComponent {
  private static final long serialVersionUID = 1L;
  private static final String SEPARATOR = "  ·  ";
  private String[] roles = new String[0];
  private String title = "";
  private String figures = "";
  private double scale = 1;
  private int rows = 3;
  private boolean showKey = true;

  /** @param roleLabels each role as the key shows it, e.g. "creators 1%", in role order */
  public void setRoles(String[] roleLabels) {
    roles = roleLabels.clone();
    repaint();
  }

  /** @param title   parts joined by " · ", in bold; like the figures, it may wrap between parts */
  public void setCaption(String title, String figures) {
    this.title = title;
    this.figures = figures;
    repaint();
  }

  /** 1 on a monitor; larger for a projector. */
  public void setScale(double scale) {
    this.scale = scale;
    revalidate();
    repaint();
  }

  private double line() { return 20 * scale; }

  @Override
  public Dimension getPreferredSize() {
    return new Dimension(400, (int) Math.round(rows * line() + 10));
  }

  private enum Kind { TITLE, TEXT, ROLE, FADED, READ, RING, EDGE, LOST }

  private record Entry(Kind kind, int role, String label) {}

  /** Whether the key (roles and marks) is shown, or only the lines above it. */
  public void setShowKey(boolean show) {
    showKey = show;
    repaint();
  }

  private List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    for (String part : title.split(SEPARATOR)) if (!part.isBlank()) out.add(new Entry(Kind.TITLE, 0, part));
    out.add(null); // row breaks between the title, the figures and the key
    for (String part : figures.split(SEPARATOR)) if (!part.isBlank()) out.add(new Entry(Kind.TEXT, 0, part));
    out.add(null);
    if (showKey) {
      for (int i = 0; i < roles.length; i++) out.add(new Entry(Kind.ROLE, i, roles[i]));
      out.add(new Entry(Kind.FADED, 2, "not reached yet"));
      out.add(new Entry(Kind.READ, 2, "read the campaign"));
      out.add(new Entry(Kind.RING, 2, "reshared it this hour"));
      out.add(new Entry(Kind.EDGE, 2, "who got it from whom"));
      out.add(new Entry(Kind.LOST, 2, "left the brand"));
    }
    // No empty rows: a break only after something, and none at the end.
    List<Entry> rows = new ArrayList<>();
    for (Entry e : out) if (e != null || !rows.isEmpty() && rows.get(rows.size() - 1) != null) rows.add(e);
    while (!rows.isEmpty() && rows.get(rows.size() - 1) == null) rows.remove(rows.size() - 1);
    return rows;
  }

  @Override
  protected void paintComponent(Graphics graphics) {
    int used = paintInto((Graphics2D) graphics.create(), getWidth());
    if (used != rows) { // the entries need more (or fewer) rows at this width
      rows = used;
      revalidate();
    }
  }

  /** Paints the key at this width, into any graphics; returns the rows it took. */
  public int paintInto(Graphics2D g, int width) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Palette.BACKGROUND);
    g.fillRect(0, 0, width, (int) Math.ceil(rows * line() + 10));
    double margin = 8 * scale;
    double y = line() - 6 * scale;
    Font bold = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(14 * scale));
    Font plain = new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(14 * scale));
    int used = 1;
    double x = margin;
    for (Entry e : entries()) {
      if (e != null) g.setFont(e.kind() == Kind.TITLE ? bold : plain);
      FontMetrics m = g.getFontMetrics();
      double w = e == null ? 0 : width(e, m);
      if (e == null || x > margin && x + w > width - margin) {
        x = margin;
        y += line();
        used++;
        if (e == null) continue;
      }
      draw(g, e, x, y, m);
      x += w;
    }
    g.dispose();
    return used;
  }

  /** The key as an image of this width, for slides. */
  public BufferedImage image(int width) {
    BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    rows = paintInto(probe.createGraphics(), width);
    BufferedImage image = new BufferedImage(width, (int) Math.round(rows * line() + 10), BufferedImage.TYPE_INT_RGB);
    paintInto(image.createGraphics(), width);
    return image;
  }

  private double swatchWidth() { return 2.8 * 6 * scale + 4 * scale; }

  private double width(Entry e, FontMetrics m) {
    double gap = 18 * scale;
    return (isText(e) ? 0 : swatchWidth()) + m.stringWidth(e.label()) + gap;
  }

  private void draw(Graphics2D g, Entry e, double x, double y, FontMetrics m) {
    double r = 6 * scale;
    double cy = y - m.getAscent() / 3.0;
    Ellipse2D dot = new Ellipse2D.Double(x, cy - r, 2 * r, 2 * r);
    switch (e.kind()) {
      case TITLE, TEXT -> { }
      case ROLE, READ -> fill(g, dot, Palette.role(e.role()));
      case FADED -> fill(g, dot, Palette.faded(e.role()));
      case RING -> {
        fill(g, dot, Palette.role(e.role()));
        g.setColor(Palette.SHARING);
        g.setStroke(new BasicStroke((float) (1.8 * scale)));
        g.draw(new Ellipse2D.Double(x - 2 * scale, cy - r - 2 * scale, 2 * r + 4 * scale, 2 * r + 4 * scale));
      }
      case EDGE -> {
        g.setColor(Palette.CASCADE);
        g.setStroke(new BasicStroke((float) (1.8 * scale)));
        g.draw(new Line2D.Double(x - r, cy + r, x + 3 * r, cy - r));
      }
      case LOST -> {
        fill(g, dot, Palette.faded(e.role()));
        NetworkPicture.cross(g, x + r, cy, r, scale);
      }
    }
    g.setColor(Palette.TEXT);
    g.drawString(e.label(), (float) (x + (isText(e) ? 0 : swatchWidth())), (float) y);
  }

  private static boolean isText(Entry e) { return e.kind() == Kind.TITLE || e.kind() == Kind.TEXT; }

  private static void fill(Graphics2D g, Ellipse2D dot, java.awt.Color c) {
    g.setColor(c);
    g.fill(dot);
  }
}
