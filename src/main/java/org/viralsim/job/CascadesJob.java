package org.viralsim.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.viralsim.chart.CascadeCharts;
import org.viralsim.io.ChartFiles;
import org.viralsim.io.OutputException;
import org.viralsim.io.OutputFolder;
import org.viralsim.io.cascades.Cascade;
import org.viralsim.io.cascades.CascadeFormat;
import org.viralsim.io.cascades.CascadeReader;
import org.viralsim.io.cascades.CascadeTables;
import org.viralsim.io.results.Manifest;
import org.viralsim.io.results.ResultsWriter;
import org.viralsim.stats.CascadeShape;
import org.viralsim.stats.CascadeSummary;

/** Measures the cascade trees of a file as a run measures its items, into a new results folder. */
public final class CascadesJob {
  private CascadesJob() {}

  /**
   * @param format the file's layout, or null to tell it from the first data line
   * @param out the results folder, or null for results/NAME/TIMESTAMP (NAME: the file's name
   *     without extensions)
   * @return the results folder
   */
  public static Path measure(Path file, CascadeFormat format, Path out, PrintWriter stdout, PrintWriter err) {
    Instant started = Instant.now();
    if (out != null) OutputFolder.checkUsable(out.toAbsolutePath().normalize()); // before a long read
    CascadeReader.Contents contents = CascadeReader.read(file, format);
    List<Cascade> cascades = contents.cascades();
    List<CascadeShape> shapes = cascades.stream().map(c -> CascadeShape.of(c.parent(), c.time())).toList();
    CascadeSummary summary = CascadeSummary.of(shapes);
    String name = file.getFileName().toString().replaceFirst("(\\.[A-Za-z]+)*$", "");
    try (OutputFolder folder = OutputFolder.open(out, Path.of("results"), name, LocalDateTime.now())) {
      if (folder.removedNote() != null) err.println("viralsim: note: " + folder.removedNote());
      try {
        CascadeTables.writeCsv(folder.file("cascades.csv"), cascades, shapes);
        CascadeTables.writeSummary(folder.file("summary.json"), file, contents, summary);
        ChartFiles.writeAll(folder.dir(), List.of(CascadeCharts.sizes(name + ": cascade sizes", shapes),
            CascadeCharts.viralityBySize(name + ": structural virality by size", shapes)), false);
        ResultsWriter.writeManifest(folder.file("manifest.json"), Manifest.of("cascades", 0, 0, started,
            Instant.now(), 1, file.toString()));
      } catch (IOException e) {
        throw new OutputException(folder.target() + ": cannot write results (" + e + ")", e);
      }
      Path done = folder.commit();
      print(stdout, file, contents, summary);
      stdout.println("Results: " + done);
      return done;
    }
  }

  private static void print(PrintWriter out, Path file, CascadeReader.Contents contents, CascadeSummary s) {
    out.printf(Locale.ROOT, "%s: %,d cascades (%s format, %s)%n", file, s.cascades(), contents.format().label(),
        contents.timed() ? "with times" : "without times");
    out.printf(Locale.ROOT, "sizes: median %,.1f, mean %,.1f, max %,d%n", s.medianSize(), s.meanSize(), s.maxSize());
    StringBuilder line = new StringBuilder("median structural virality by size:");
    for (CascadeSummary.Scale scale : s.byScale()) {
      line.append(String.format(Locale.ROOT, " %,d%s: %.2f (%,d cascades);", scale.from(),
          scale.to() == Integer.MAX_VALUE ? "+" : String.format(Locale.ROOT, "-%,d", scale.to()),
          scale.medianStructuralVirality(), scale.cascades()));
    }
    out.println(line.substring(0, line.length() - 1));
  }
}
