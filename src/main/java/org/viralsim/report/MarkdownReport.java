package org.viralsim.report;

import java.util.List;
import org.viralsim.report.Report.Block;

/** A report as Markdown (report.md), its charts linked as the PNG files beside it. */
public final class MarkdownReport {
  private MarkdownReport() {}

  public static String render(Report r) {
    StringBuilder b = new StringBuilder("# ").append(r.title()).append("\n\n");
    for (int i = 0; i < r.findings().size(); i++) {
      String f = r.findings().get(i);
      boolean listGoesOn = f.startsWith("- ") && i + 1 < r.findings().size() && r.findings().get(i + 1).startsWith("- ");
      b.append(f).append(listGoesOn ? "\n" : "\n\n");
    }
    for (Report.Section s : r.sections()) {
      b.append("## ").append(s.heading()).append("\n\n");
      for (Block block : s.blocks()) b.append(block(block)).append("\n");
    }
    return b.toString().stripTrailing() + "\n";
  }

  private static String block(Block block) {
    if (block instanceof Report.Paragraph p) return p.text() + "\n";
    if (block instanceof Report.Bullets l) return String.join("", l.items().stream().map(i -> "- " + i + "\n").toList());
    if (block instanceof Report.Figure f) return "![" + f.caption() + "](" + f.chart() + ".png)\n\n*" + f.caption() + "*\n";
    Report.Table t = (Report.Table) block;
    return row(t.header()) + row(t.header().stream().map(h -> "---").toList())
        + String.join("", t.rows().stream().map(MarkdownReport::row).toList());
  }

  private static String row(List<String> cells) {
    return "| " + String.join(" | ", cells.stream().map(c -> c.replace("|", "\\|")).toList()) + " |\n";
  }
}
