package org.viralsim.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportRenderTest {
  private static final Report REPORT = new Report("A & B <test>", List.of("First finding.", "- one", "- two", "Last."),
      List.of(new Report.Section("Numbers", List.of(new Report.Paragraph("x < y"),
          new Report.Table(List.of("metric", "mean"), List.of(List.of("reach", "1,572"), List.of("a|b", "0.5 to 0.7"))),
          new Report.Figure("reach_over_time", "Reach \"so far\""), new Report.Bullets(List.of("caveat"))))));

  @Test
  void htmlIsOneSelfContainedPageWithEscapedTextAndEmbeddedCharts() {
    String html = HtmlReport.render(REPORT, name -> ("PNG of " + name).getBytes(StandardCharsets.UTF_8));
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta name=\"viewport\"", "<title>A &amp; B &lt;test&gt;</title>",
        "<p>x &lt; y</p>", "alt=\"Reach &quot;so far&quot;\"",
        "src=\"data:image/png;base64," + java.util.Base64.getEncoder().encodeToString(
            "PNG of reach_over_time".getBytes(StandardCharsets.UTF_8)) + "\"",
        "<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<p>Last.</p>", "<td class=\"n\">1,572</td>",
        "<td class=\"n\">0.5 to 0.7</td>", "<td>reach</td>");
    assertThat(html).doesNotContain("<script", "http://", "https://", "src=\"reach");
  }

  @Test
  void markdownLinksTheChartFilesAndKeepsTablesWhole() {
    String md = MarkdownReport.render(REPORT);
    assertThat(md).startsWith("# A & B <test>\n\nFirst finding.\n\n- one\n- two\n\nLast.\n\n## Numbers\n")
        .contains("| metric | mean |\n| --- | --- |\n| reach | 1,572 |\n| a\\|b | 0.5 to 0.7 |\n",
            "![Reach \"so far\"](reach_over_time.png)", "- caveat\n");
  }
}
