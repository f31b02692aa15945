package org.viralsim.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JToolBar;
import org.jfree.chart.ChartPanel;
import org.viralsim.chart.NamedChart;
import org.viralsim.gui.live.ChartFonts;
import org.viralsim.gui.live.LaneData;
import org.viralsim.gui.live.LiveCharts;
import org.viralsim.gui.view.Legend;

/** The live charts in one window, a grid of JFreeChart panels that follow the runs. */
final class ChartWindow {
  private final JFrame frame = new JFrame("viralsim: charts");
  private final JPanel grid = new JPanel();
  /** The key to the network views, shared by both: roles, and the marks of the spread. */
  private final Legend key = new Legend();
  private final List<ChartPanel> panels = new ArrayList<>();
  private List<LaneData> data = List.of();

  /** @param saveCharts what the window's "Save charts as PNG" button does */
  ChartWindow(Runnable saveCharts) {
    JToolBar bar = new JToolBar();
    bar.setFloatable(false);
    JButton save = new JButton("Save charts as PNG…");
    save.addActionListener(e -> saveCharts.run());
    JPanel top = new JPanel(new BorderLayout());
    top.add(key, BorderLayout.CENTER);
    top.add(bar, BorderLayout.EAST);
    bar.add(save);
    frame.getContentPane().add(top, BorderLayout.NORTH);
    frame.getContentPane().add(grid, BorderLayout.CENTER);
    frame.setPreferredSize(new Dimension(1000, 800));
    frame.pack();
  }

  JFrame frame() { return frame; }

  /** The charts now on screen, drawn anew at the report's text sizes, for saving. */
  List<NamedChart> forSaving() { return data.isEmpty() ? List.of() : LiveCharts.of(data); }

  /** Shows no charts: the start failed. */
  void clear() {
    data = List.of();
    grid.removeAll();
    panels.clear();
    grid.revalidate();
    grid.repaint();
  }

  /** Charts the runs anew, at this text scale, keeping the panels when their number is unchanged. */
  void show(List<LaneData> next, double scale) {
    data = next;
    List<NamedChart> charts = LiveCharts.of(next);
    if (charts.size() != panels.size()) {
      grid.removeAll();
      panels.clear();
      int columns = charts.size() > 6 ? 4 : 2; // two runs side by side: a wide strip under their views
      grid.setLayout(new GridLayout(0, columns, 4, 4));
      for (int i = 0; i < charts.size(); i++) {
        ChartPanel panel = new ChartPanel(null, false, false, false, false, false);
        // Redraw at the panel's own size, so text stays as large as set rather than scaled down.
        panel.setMinimumDrawWidth(10);
        panel.setMinimumDrawHeight(10);
        panel.setMaximumDrawWidth(4000);
        panel.setMaximumDrawHeight(4000);
        panels.add(panel);
        grid.add(panel);
      }
      grid.revalidate();
    }
    // Two runs' charts share a strip under their views: smaller text.
    double textScale = next.size() > 1 ? 0.8 * scale : scale;
    for (int i = 0; i < charts.size(); i++) {
      ChartFonts.scale(charts.get(i).chart(), textScale);
      panels.get(i).setChart(charts.get(i).chart());
    }
  }

  /** Draws the last data again at another text scale. */
  void rescale(double scale) {
    key.setScale(scale);
    if (!data.isEmpty()) show(data, scale);
  }

  /** @param roleLabels the roles as the key names them, "creators 1%", in role order */
  void setRoles(String[] roleLabels) { key.setRoles(roleLabels); }
}
