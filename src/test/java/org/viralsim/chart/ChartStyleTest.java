package org.viralsim.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartStyleTest {
  @Test
  void paletteHasEightDistinctColoursAndCycles() {
    Set<Color> colours = new HashSet<>();
    for (int i = 0; i < 8; i++) colours.add(ChartStyle.color(i));
    assertThat(colours).hasSize(8);
    assertThat(ChartStyle.color(8)).isEqualTo(ChartStyle.color(0));
    assertThat(ChartStyle.color(0)).isEqualTo(new Color(0x0072B2));
  }

  @Test
  void replacesTheDefaultGreyLookOfAFactoryChart() {
    JFreeChart chart = ChartFactory.createXYLineChart("t", "x", "y", new XYSeriesCollection());
    ChartStyle.apply(chart);
    assertThat(chart.getBackgroundPaint()).isEqualTo(Color.WHITE);
    assertThat(chart.getXYPlot().getBackgroundPaint()).isEqualTo(Color.WHITE);
    assertThat(chart.getLegend().getPosition()).isEqualTo(RectangleEdge.BOTTOM);
    assertThat(chart.getAntiAlias()).isTrue();
  }
}
