package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.viralsim.cli.SweepCommandTest.ok;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.chart.NamedChart;
import org.viralsim.io.ChartFiles;
import org.viralsim.testing.TinySweep;

/** The chart files that {@code viralsim sweep} and {@code viralsim merge} leave in the results folder. */
class SweepChartFilesTest {
  @TempDir Path dir;

  private Path sweepFile(String text) throws IOException {
    return TinySweep.write(dir, text);
  }

  /** The charts of a results folder, without extension: each must be a PNG of the default size and an SVG. */
  static List<String> charts(Path folder) throws IOException {
    List<String> pngs;
    try (Stream<Path> files = Files.list(folder)) {
      pngs = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().toList();
    }
    for (String png : pngs) {
      BufferedImage image = ImageIO.read(folder.resolve(png).toFile());
      assertThat(image).as(png).isNotNull();
      assertThat(image.getWidth()).as(png).isEqualTo(NamedChart.DEFAULT_WIDTH);
      assertThat(image.getHeight()).as(png).isEqualTo(NamedChart.DEFAULT_HEIGHT);
      Path svg = folder.resolve(png.replace(".png", ".svg"));
      assertThat(Files.readString(svg)).as(svg.toString()).startsWith("<?xml").contains("<svg");
    }
    return pngs.stream().map(n -> n.substring(0, n.length() - ".png".length())).toList();
  }

  @Test
  void aGridSweepChartsTheKeyMetricsAgainstEachParameterAndOnAHeatmap() throws IOException {
    ok("sweep", sweepFile(SweepCommandTest.GRID).toString(), "--out", dir.resolve("grid").toString());
    assertThat(charts(dir.resolve("grid"))).containsExactlyInAnyOrder(
        "reach_fraction_vs_campaign.appeal", "reach_fraction_vs_network.mean_degree",
        "viral_fraction_vs_campaign.appeal", "viral_fraction_vs_network.mean_degree",
        "engagement_rate_vs_campaign.appeal", "engagement_rate_vs_network.mean_degree",
        "roi_vs_campaign.appeal", "roi_vs_network.mean_degree",
        "reach_fraction_by_campaign.appeal_and_network.mean_degree",
        "viral_fraction_by_campaign.appeal_and_network.mean_degree",
        "engagement_rate_by_campaign.appeal_and_network.mean_degree",
        "roi_by_campaign.appeal_and_network.mean_degree");
  }

  @Test
  void anLhsSweepScattersTheChosenMetricsAgainstEachParameter() throws IOException {
    Path s = sweepFile("""
        base: tiny.yaml
        parameters:
          - {key: campaign.appeal, from: 0.5, to: 8, scale: log}
          - {key: campaign.seeding.count, from: 1, to: 4, integer: true}
        design: lhs
        samples: 8
        replications: 2
        charts: {metrics: [reach, cascade_depth]}
        """);
    ok("sweep", s.toString(), "--out", dir.resolve("lhs").toString());
    assertThat(charts(dir.resolve("lhs"))).containsExactlyInAnyOrder(
        "reach_vs_campaign.appeal", "reach_vs_campaign.seeding.count",
        "cascade_depth_vs_campaign.appeal", "cascade_depth_vs_campaign.seeding.count",
        "viral_fraction_vs_campaign.appeal");
  }
}
