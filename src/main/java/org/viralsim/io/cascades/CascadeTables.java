package org.viralsim.io.cascades;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.viralsim.io.CsvTable;
import org.viralsim.io.results.ResultsWriter;
import org.viralsim.stats.CascadeShape;
import org.viralsim.stats.CascadeSummary;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The files that describe the cascades of a file: cascades.csv and summary.json. */
public final class CascadeTables {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CascadeTables() {}

  /** One row per cascade, in the order the file first names them; time_to_half empty without times. */
  public static void writeCsv(Path file, List<Cascade> cascades, List<CascadeShape> shapes) throws IOException {
    try (CsvTable csv = new CsvTable(file, List.of("cascade", "size", "depth", "max_breadth", "structural_virality",
        "time_to_half"))) {
      for (int i = 0; i < cascades.size(); i++) {
        CascadeShape s = shapes.get(i);
        csv.add(CsvTable.text(cascades.get(i).id())).add(s.size()).add(s.depth()).add(s.maxBreadth())
            .add(s.structuralVirality()).add(s.timeToHalf()).endRow();
      }
    }
  }

  /** {input, format, timed, cascades, size: {median, mean, max}, structural_virality_by_size: [...]}. */
  public static void writeSummary(Path file, Path input, CascadeReader.Contents contents, CascadeSummary s)
      throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("input", input.toString());
    root.put("format", contents.format().label());
    root.put("timed", contents.timed());
    root.put("cascades", s.cascades());
    ObjectNode size = root.putObject("size");
    size.put("median", s.medianSize());
    size.put("mean", s.meanSize());
    size.put("max", s.maxSize());
    ArrayNode scales = root.putArray("structural_virality_by_size");
    for (CascadeSummary.Scale scale : s.byScale()) {
      ObjectNode o = scales.addObject();
      o.put("min_size", scale.from());
      if (scale.to() == Integer.MAX_VALUE) o.putNull("max_size"); else o.put("max_size", scale.to());
      o.put("cascades", scale.cascades());
      o.put("median", scale.medianStructuralVirality());
    }
    ResultsWriter.writeJson(file, root);
  }
}
