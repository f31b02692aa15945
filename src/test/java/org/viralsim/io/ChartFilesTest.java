package org.viralsim.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.chart.KpiCharts;
import org.viralsim.chart.NamedChart;

class ChartFilesTest {
  @TempDir Path dir;

  private static JFreeChart chart() {
    return KpiCharts.meanOverTime("Reach of the campaign", new double[] {0, 1, 2},
        Map.of("reach", new double[][] {{1, 4, 9}, {2, 5, 7}, {1, 3, 12}}), "users reached");
  }

  @Test
  void pngHasTheSizeAskedAndReplacesAnOldFile() throws IOException {
    Path file = dir.resolve("charts/reach.png");
    ChartFiles.png(chart(), file, NamedChart.DEFAULT_WIDTH, NamedChart.DEFAULT_HEIGHT);
    ChartFiles.png(chart(), file, 400, 300);
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image.getWidth()).isEqualTo(400);
    assertThat(image.getHeight()).isEqualTo(300);
    ChartFiles.png(chart(), file, NamedChart.DEFAULT_WIDTH, NamedChart.DEFAULT_HEIGHT);
    assertThat(ImageIO.read(file.toFile()).getWidth()).isEqualTo(NamedChart.DEFAULT_WIDTH);
    assertThat(onlyFiles(file.getParent())).containsExactly("reach.png");
  }

  @Test
  void writeAllSavesEachChartAsPngAndSvgUnderItsNameAndSize() throws IOException {
    ChartFiles.writeAll(dir, List.of(NamedChart.of("a", chart()), new NamedChart("b", chart(), 300, 200)));
    assertThat(onlyFiles(dir)).containsExactlyInAnyOrder("a.png", "a.svg", "b.png", "b.svg");
    assertThat(ImageIO.read(dir.resolve("a.png").toFile()).getWidth()).isEqualTo(NamedChart.DEFAULT_WIDTH);
    BufferedImage b = ImageIO.read(dir.resolve("b.png").toFile());
    assertThat(new int[] {b.getWidth(), b.getHeight()}).containsExactly(300, 200);
    assertThat(Files.readString(dir.resolve("b.svg"))).contains("width='300.0'");
  }

  /** Drawn in parallel, each chart is the same file as drawn alone; SVG only when asked. */
  @Test
  void chartsDrawnTogetherAreTheFilesOfChartsDrawnAlone() throws IOException {
    List<NamedChart> charts = new ArrayList<>();
    for (int i = 0; i < 6; i++) charts.add(new NamedChart("c" + i, chart(), 300 + 10 * i, 200));
    ChartFiles.writeAll(dir.resolve("together"), charts, false);
    try (Stream<Path> files = Files.list(dir.resolve("together"))) {
      assertThat(files.map(f -> f.getFileName().toString())).hasSize(6).allMatch(f -> f.endsWith(".png"));
    }
    for (NamedChart c : charts) {
      Path alone = dir.resolve("alone-" + c.name() + ".png");
      ChartFiles.png(c.chart(), alone, c.width(), c.height());
      assertThat(dir.resolve("together/" + c.name() + ".png")).hasSameBinaryContentAs(alone);
    }
  }

  @Test
  void svgIsAUtf8DocumentWithTheTitle() throws IOException {
    Path file = dir.resolve("reach.svg");
    ChartFiles.svg(chart(), file, NamedChart.DEFAULT_WIDTH, NamedChart.DEFAULT_HEIGHT);
    String svg = Files.readString(file);
    assertThat(svg).startsWith("<?xml").contains("<svg", "width='1000.0'", "Reach of the campaign", "95% CI of mean")
        .endsWith("</svg>\n");
    assertThat(onlyFiles(dir)).containsExactly("reach.svg");
    Path again = dir.resolve("again/reach.svg");
    ChartFiles.svg(chart(), again, NamedChart.DEFAULT_WIDTH, NamedChart.DEFAULT_HEIGHT);
    assertThat(again).as("the same chart makes the same file").hasSameTextualContentAs(file);
    assertThat(svg).contains("id='viralsim-reach_svg-clip-0'");
  }

  private static String[] onlyFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toArray(String[]::new);
    }
  }
}
