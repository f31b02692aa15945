package org.viralsim.io;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.viralsim.chart.NamedChart;

/**
 * Writes charts as PNG or SVG. Each file appears whole or not at all: it is written to a temporary
 * file in the same folder and then renamed, so a viewer or a sweep never reads half a chart.
 */
public final class ChartFiles {
  private ChartFiles() {}

  /** Each chart as NAME.png (to look at) and NAME.svg (for reports) in the folder. */
  public static void writeAll(Path folder, List<NamedChart> charts) throws IOException {
    for (NamedChart c : charts) {
      png(c.chart(), folder.resolve(c.name() + ".png"), c.width(), c.height());
      svg(c.chart(), folder.resolve(c.name() + ".svg"), c.width(), c.height());
    }
  }

  public static void png(JFreeChart chart, Path file, int width, int height) throws IOException {
    atomically(file, tmp -> ChartUtils.saveChartAsPNG(tmp.toFile(), chart, width, height));
  }

  /** Draws onto JFreeSVG directly: JFreeChart's own SVG export does not work with JFreeSVG 5. */
  public static void svg(JFreeChart chart, Path file, int width, int height) throws IOException {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    // The default prefix of clip ids is the clock; a name makes the same chart the same file, still unique per page.
    g.setDefsKeyPrefix("viralsim-" + file.getFileName().toString().replaceAll("[^A-Za-z0-9_-]", "_") + "-");
    chart.draw(g, new Rectangle(0, 0, width, height));
    String document = g.getSVGDocument();
    atomically(file, tmp -> Files.writeString(tmp, document, StandardCharsets.UTF_8));
  }

  private interface Writer {
    void write(Path tmp) throws IOException;
  }

  private static void atomically(Path file, Writer writer) throws IOException {
    Path target = file.toAbsolutePath();
    Files.createDirectories(target.getParent());
    // Not Files.createTempFile: its owner-only permissions would stay on the renamed chart.
    Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      writer.write(tmp);
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
