package org.viralsim.report;

import java.util.List;

/**
 * A report as a strategist reads it: a title, the findings in a few plain sentences first, then
 * sections of paragraphs, tables, charts and lists. Rendered to HTML and Markdown, with no IO here.
 */
public record Report(String title, List<String> findings, List<Section> sections) {
  public Report {
    findings = List.copyOf(findings);
    sections = List.copyOf(sections);
  }

  /** A headed part of a report. */
  public record Section(String heading, List<Block> blocks) {
    public Section {
      blocks = List.copyOf(blocks);
    }
  }

  /** What a section holds. */
  public sealed interface Block permits Paragraph, Table, Figure, Bullets {}

  /** Plain text. */
  public record Paragraph(String text) implements Block {}

  /** A table of text cells; numbers already formatted. */
  public record Table(List<String> header, List<List<String>> rows) implements Block {
    public Table {
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** A chart of the results folder, by its file name without extension, with a caption. */
  public record Figure(String chart, String caption) implements Block {}

  /** A list of short items. */
  public record Bullets(List<String> items) implements Block {
    public Bullets {
      items = List.copyOf(items);
    }
  }
}
