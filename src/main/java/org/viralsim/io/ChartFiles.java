package org.viralsim.io;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.viralsim.chart.ChartStyle;
import org.viralsim.chart.NamedChart;

/**
 * Writes charts as PNG or SVG. Each file appears whole or not at all: it is written to a temporary
 * file in the same folder and then renamed, so a viewer or a sweep never reads half a chart.
 * Charts are drawn in parallel, one per core; each file is the same bytes however they are drawn.
 */
public final class ChartFiles {
  static {
    // PNG encoding through ImageIO caches in a temporary file by default; in memory it is faster, same bytes.
    ImageIO.setUseCache(false);
  }

  private ChartFiles() {}

  /**
   * Draws a small chart as PNG into nothing, on a background thread: otherwise a run's first chart
   * pays, after the replications, for loading fonts, Java2D and the encoder (about half a second
   * of the fixed cost of a short run); this way that happens while the replications run.
   */
  public static void warmUpInBackground() {
    Thread t = new Thread(() -> {
      try {
        XYSeriesCollection data = new XYSeriesCollection(new XYSeries("warm-up"));
        data.getSeries(0).add(0, 0);
        data.getSeries(0).add(1, 1);
        JFreeChart chart = ChartStyle.chart("warm-up", new XYPlot(data, new NumberAxis("x"), new NumberAxis("y"),
            new XYLineAndShapeRenderer()));
        ChartUtils.writeChartAsPNG(OutputStream.nullOutputStream(), chart, 320, 200);
      } catch (IOException | RuntimeException ignored) {
        // only a head start: the real charts report their own errors
      }
    }, "chart-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** Each chart as NAME.png (to look at) and NAME.svg (for reports) in the folder. */
  public static void writeAll(Path folder, List<NamedChart> charts) throws IOException {
    writeAll(folder, charts, true);
  }

  /** Each chart as NAME.png, and as NAME.svg when {@code svg}, in the folder. */
  public static void writeAll(Path folder, List<NamedChart> charts, boolean svg) throws IOException {
    int threads = Math.min(charts.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      for (NamedChart c : charts) write(folder, c, svg);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "chart");
      t.setDaemon(true);
      return t;
    });
    List<Future<?>> drawn = new ArrayList<>();
    try {
      for (NamedChart c : charts) drawn.add(pool.submit(() -> {
        write(folder, c, svg);
        return null;
      }));
      // Every chart is finished before a failure is reported: none may still write once the caller cleans up.
      Throwable failure = null;
      for (Future<?> f : drawn) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (failure == null) failure = e.getCause();
        }
      }
      if (failure instanceof IOException io) throw io;
      if (failure instanceof RuntimeException re) throw re;
      if (failure instanceof Error err) throw err;
      if (failure != null) throw new IllegalStateException(failure);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
      awaitQuietly(pool);
      throw new InterruptedIOException("interrupted while writing charts");
    } finally {
      pool.shutdown();
    }
  }

  /** Waits for the pool's threads to stop, as long as they take (they only write files). */
  private static void awaitQuietly(ExecutorService pool) {
    boolean interrupted = Thread.interrupted();
    try {
      while (true) {
        try {
          if (pool.awaitTermination(1, TimeUnit.MINUTES)) return;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }

  private static void write(Path folder, NamedChart c, boolean svg) throws IOException {
    png(c.chart(), folder.resolve(c.name() + ".png"), c.width(), c.height());
    if (svg) svg(c.chart(), folder.resolve(c.name() + ".svg"), c.width(), c.height());
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
