package org.viralsim.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.viralsim.report.HtmlReport;
import org.viralsim.report.MarkdownReport;
import org.viralsim.report.Report;

/** Writes a report as report.html (its charts embedded from the PNG files of the folder) and report.md. */
public final class ReportFiles {
  private ReportFiles() {}

  /** Call once the report's charts are written into {@code folder}. */
  public static void write(Path folder, Report report) throws IOException {
    try {
      Files.writeString(folder.resolve("report.html"), HtmlReport.render(report, name -> png(folder, name)),
          StandardCharsets.UTF_8);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Files.writeString(folder.resolve("report.md"), MarkdownReport.render(report), StandardCharsets.UTF_8);
  }

  private static byte[] png(Path folder, String chart) {
    try {
      return Files.readAllBytes(folder.resolve(chart + ".png"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
