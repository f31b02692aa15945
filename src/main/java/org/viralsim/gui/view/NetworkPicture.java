package org.viralsim.gui.view;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.viralsim.graph.Graph;
import org.viralsim.model.CampaignSim;
import org.viralsim.model.IntList;
import org.viralsim.model.Item;

/**
 * The picture of a running campaign on its network: users at their layout positions, coloured by
 * role and sized by followers; faded until the main campaign reaches them, in full colour once they
 * have read it, with a black ring when they reshared it in the last tick, and crossed out once they
 * were customers of its brand and left; the cascade tree's edges in black over the faint follower edges. {@link #advance} follows the cascade after each tick (on the
 * model's thread); {@link #paint} draws into any graphics, on screen or into an image.
 */
public final class NetworkPicture {
  /** More follower edges than this are thinned to a regular subset: past it they only grey the picture. */
  static final int MAX_EDGES = 30_000;

  private final CampaignSim sim;
  private final Layout layout;
  private final int[] drawnIndex;
  private final float[] size;
  private final byte[] role;
  private final int[] edges;
  private final IntList cascade = new IntList(64);
  private final boolean[] everOwned;
  private final boolean[] lost;
  /** The follower edges drawn once at a size: they never change during a run, and are most of the drawing. */
  private BufferedImage edgeLayer;
  private double edgeLayerScale;
  private Item followed;
  private int sharersSeen;
  private int ringFrom;
  private int ringTo;

  /** @param sim a started model; its network and roles are drawn as laid out */
  public NetworkPicture(CampaignSim sim, Layout layout) {
    this.sim = sim;
    this.layout = layout;
    Graph graph = sim.graph();
    drawnIndex = new int[graph.nodeCount()];
    Arrays.fill(drawnIndex, -1);
    for (int i = 0; i < layout.size(); i++) drawnIndex[layout.users()[i]] = i;
    role = new byte[layout.size()];
    size = new float[layout.size()];
    double meanFollowers = Math.max(1e-9, graph.arcCount() / (double) graph.nodeCount());
    for (int i = 0; i < layout.size(); i++) {
      int u = layout.users()[i];
      role[i] = sim.roleOf()[u];
      // Area grows with followers, within bounds that keep hubs from covering their neighbours.
      size[i] = (float) Math.min(3.5, Math.max(0.6, Math.sqrt(graph.outDegree(u) / meanFollowers)));
    }
    edges = drawnEdges(graph);
    everOwned = new boolean[layout.size()];
    lost = new boolean[layout.size()];
  }

  private int[] drawnEdges(Graph graph) {
    IntList out = new IntList(1024);
    for (int i = 0; i < layout.size(); i++) {
      int u = layout.users()[i];
      for (int a = graph.start(u); a < graph.end(u); a++) {
        int j = drawnIndex[graph.target(a)];
        // Undirected networks hold each edge both ways: draw it once.
        if (j >= 0 && (graph.directed() || j > i)) {
          out.add(i);
          out.add(j);
        }
      }
    }
    int count = out.size() / 2;
    if (count <= MAX_EDGES) return out.toArray();
    int[] thinned = new int[2 * MAX_EDGES];
    for (int k = 0; k < MAX_EDGES; k++) {
      int e = (int) ((long) k * count / MAX_EDGES);
      thinned[2 * k] = out.get(2 * e);
      thinned[2 * k + 1] = out.get(2 * e + 1);
    }
    return thinned;
  }

  public Layout layout() { return layout; }

  /**
   * Takes in the tick just run: the main campaign's new tree edges and who reshared it, and which
   * customers of its brand have left.
   */
  public void advance() {
    int brand = sim.scenario().brandIndex(sim.scenario().campaign().brand());
    for (int i = 0; i < lost.length; i++) {
      boolean owns = sim.market().owns(brand, layout.users()[i]);
      everOwned[i] |= owns;
      lost[i] = everOwned[i] && !owns;
    }
    Item item = sim.campaignItem();
    if (item != followed) {
      followed = item;
      sharersSeen = 0;
      cascade.clear();
    }
    if (item == null) return;
    ringFrom = sharersSeen;
    ringTo = item.cascadeSize();
    for (int i = ringFrom; i < ringTo; i++) {
      int p = item.parentPosition(i);
      if (p < 0) continue;
      int from = drawnIndex[item.sharer(p)];
      int to = drawnIndex[item.sharer(i)];
      if (from >= 0 && to >= 0) {
        cascade.add(from);
        cascade.add(to);
      }
    }
    sharersSeen = ringTo;
  }

  /** How many users reshared the campaign in the last tick (drawn or not). */
  public int resharedLastTick() { return ringTo - ringFrom; }

  /**
   * Draws the picture into the area, as a square centred in it.
   *
   * @param scale 1 on a monitor; larger on a projector (thicker dots, rings and lines)
   */
  public void paint(Graphics2D g, Rectangle2D area, double scale) {
    double side = Math.min(area.getWidth(), area.getHeight());
    double x0 = area.getX() + (area.getWidth() - side) / 2;
    double y0 = area.getY() + (area.getHeight() - side) / 2;
    double radius = scale * Math.max(1.2, Math.min(5, 0.32 * side / Math.sqrt(Math.max(1, layout.size()))));
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.drawImage(edgeLayer((int) Math.ceil(side), scale), (int) Math.floor(x0), (int) Math.floor(y0), null);
    g.setStroke(new BasicStroke((float) (1.3 * scale)));
    g.setColor(Palette.CASCADE);
    int[] tree = cascade.toArray();
    g.draw(lines(tree, tree.length, x0, y0, side));
    Item item = followed;
    boolean[] read = new boolean[layout.size()];
    for (int i = 0; i < read.length; i++) read[i] = item != null && item.readBy(layout.users()[i]);
    Ellipse2D.Double dot = new Ellipse2D.Double();
    for (int pass = 0; pass < 2; pass++) { // the unreached first, so readers stay on top
      for (int i = 0; i < read.length; i++) {
        if (read[i] != (pass == 1)) continue;
        place(dot, i, radius, x0, y0, side);
        g.setColor(read[i] ? Palette.role(role[i]) : Palette.faded(role[i]));
        g.fill(dot);
      }
    }
    for (int i = 0; i < lost.length; i++) {
      if (lost[i]) cross(g, x0 + layout.x()[i] * side, y0 + layout.y()[i] * side, radius * Math.sqrt(size[i]), scale);
    }
    if (item == null) return;
    g.setColor(Palette.SHARING);
    g.setStroke(new BasicStroke((float) (1.8 * scale)));
    for (int k = ringFrom; k < ringTo; k++) {
      int i = drawnIndex[item.sharer(k)];
      if (i < 0) continue;
      place(dot, i, radius + 2 * scale, x0, y0, side);
      g.draw(dot);
    }
  }

  /** The mark of a customer who left the brand: a black cross over the dot. */
  static void cross(Graphics2D g, double cx, double cy, double r, double scale) {
    double d = Math.max(r, 2.5 * scale) * 1.2;
    g.setColor(Palette.SHARING);
    g.setStroke(new BasicStroke((float) (1.6 * scale)));
    g.draw(new Line2D.Double(cx - d, cy - d, cx + d, cy + d));
    g.draw(new Line2D.Double(cx - d, cy + d, cx + d, cy - d));
  }

  /** The picture over its key, as an image for slides: {@code size} pixels square plus the key's height. */
  public BufferedImage image(int size, double scale, Legend key) {
    BufferedImage keyImage = key.image(size);
    BufferedImage image = new BufferedImage(size, size + keyImage.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Palette.BACKGROUND);
    g.fillRect(0, 0, size, size);
    paint(g, new Rectangle2D.Double(0, 0, size, size), scale);
    g.drawImage(keyImage, 0, size, null);
    g.dispose();
    return image;
  }

  private BufferedImage edgeLayer(int side, double scale) {
    if (edgeLayer == null || edgeLayer.getWidth() != side || edgeLayerScale != scale) {
      edgeLayer = new BufferedImage(Math.max(1, side), Math.max(1, side), BufferedImage.TYPE_INT_ARGB);
      edgeLayerScale = scale;
      Graphics2D g = edgeLayer.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setStroke(new BasicStroke((float) (0.6 * scale)));
      g.setColor(Palette.EDGE);
      g.draw(lines(edges, edges.length, 0, 0, side));
      g.dispose();
    }
    return edgeLayer;
  }

  private void place(Ellipse2D.Double dot, int i, double radius, double x0, double y0, double side) {
    double r = radius * Math.sqrt(size[i]);
    dot.setFrame(x0 + layout.x()[i] * side - r, y0 + layout.y()[i] * side - r, 2 * r, 2 * r);
  }

  private Path2D lines(int[] pairs, int length, double x0, double y0, double side) {
    Path2D.Float path = new Path2D.Float(Path2D.WIND_NON_ZERO, length);
    double[] x = layout.x();
    double[] y = layout.y();
    for (int k = 0; k + 1 < length; k += 2) {
      path.moveTo(x0 + x[pairs[k]] * side, y0 + y[pairs[k]] * side);
      path.lineTo(x0 + x[pairs[k + 1]] * side, y0 + y[pairs[k + 1]] * side);
    }
    return path;
  }
}
