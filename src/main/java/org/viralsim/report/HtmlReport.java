package org.viralsim.report;

import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.viralsim.report.Report.Block;

/**
 * A report as one self-contained HTML page (report.html): charts embedded as PNG data, styles
 * inline, no script and no network access, readable in any browser and on a phone.
 */
public final class HtmlReport {
  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;margin:0 auto;
      max-width:60rem;padding:1rem;line-height:1.5}
      h1{font-size:1.6rem;margin:0.5rem 0 1rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #d0d7de}
      .findings{background:#f1f7fd;border-left:4px solid #0969da;padding:0.5rem 1rem;margin-bottom:1.5rem}
      .findings p{margin:0.5rem 0}
      .scroll{overflow-x:auto}table{border-collapse:collapse;font-size:0.9rem;margin:0.5rem 0 1rem}
      th,td{border:1px solid #d0d7de;padding:0.25rem 0.5rem;text-align:left;vertical-align:top}
      th{background:#f6f8fa}td.n{text-align:right;white-space:nowrap}
      figure{margin:1rem 0 2rem}img{max-width:100%;height:auto;border:1px solid #eaeef2}
      figcaption{font-size:0.9rem;color:#57606a}
      """;

  private HtmlReport() {}

  /** @param png the PNG file of a chart, by its name */
  public static String render(Report r, Function<String, byte[]> png) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(r.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n")
        .append("</head>\n<body>\n<h1>").append(escape(r.title())).append("</h1>\n<div class=\"findings\">\n");
    boolean inList = false;
    for (String f : r.findings()) {
      boolean item = f.startsWith("- ");
      if (item != inList) b.append(item ? "<ul>\n" : "</ul>\n");
      inList = item;
      b.append(item ? "<li>" + escape(f.substring(2)) + "</li>\n" : "<p>" + escape(f) + "</p>\n");
    }
    b.append(inList ? "</ul>\n</div>\n" : "</div>\n");
    for (Report.Section s : r.sections()) {
      b.append("<h2>").append(escape(s.heading())).append("</h2>\n");
      for (Block block : s.blocks()) b.append(block(block, png));
    }
    return b.append("</body>\n</html>\n").toString();
  }

  private static String block(Block block, Function<String, byte[]> png) {
    if (block instanceof Report.Paragraph p) return "<p>" + escape(p.text()) + "</p>\n";
    if (block instanceof Report.Bullets l) {
      return "<ul>\n" + String.join("", l.items().stream().map(i -> "<li>" + escape(i) + "</li>\n").toList()) + "</ul>\n";
    }
    if (block instanceof Report.Figure f) {
      return "<figure>\n<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png.apply(f.chart()))
          + "\" alt=\"" + escape(f.caption()) + "\">\n<figcaption>" + escape(f.caption()) + "</figcaption>\n</figure>\n";
    }
    Report.Table t = (Report.Table) block;
    return "<div class=\"scroll\"><table>\n<tr>" + cells(t.header(), "th") + "</tr>\n"
        + String.join("", t.rows().stream().map(row -> "<tr>" + cells(row, "td") + "</tr>\n").toList())
        + "</table></div>\n";
  }

  /** Cells; a cell that reads as a number is right-aligned. */
  private static String cells(List<String> cells, String tag) {
    StringBuilder b = new StringBuilder();
    for (String c : cells) {
      boolean number = tag.equals("td") && c.matches("[-+<>=~ ]*[0-9][0-9,.%]*( to -?[0-9][0-9,.%]*)?");
      b.append('<').append(tag).append(number ? " class=\"n\"" : "").append('>').append(escape(c)).append("</")
          .append(tag).append('>');
    }
    return b.toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
