package org.viralsim.io.myth;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.viralsim.io.results.ResultsWriter;
import org.viralsim.myth.Finding;
import org.viralsim.myth.Myth;
import org.viralsim.myth.Verdict;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * verdicts.json, a contract (docs/myths.md): a list with one object per myth and family, and one per
 * myth with family "all" and the overall verdict.
 */
public final class VerdictsWriter {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private VerdictsWriter() {}

  /** @param overall each myth's overall verdict and sentence, in the order of {@code findings} */
  public static void write(Path file, List<List<Finding>> findings, List<Verdict> overall, List<String> sentences)
      throws IOException {
    ArrayNode root = JSON.createArrayNode();
    for (int m = 0; m < findings.size(); m++) {
      for (Finding f : findings.get(m)) {
        ObjectNode o = common(root.addObject(), f.myth(), f.family(), f.verdict(), f.replications(), f.sentence());
        number(o, "effect", f.effect());
        ArrayNode ci = o.putArray("ci95");
        if (Double.isFinite(f.ciLow())) ci.add(f.ciLow()); else ci.addNull();
        if (Double.isFinite(f.ciHigh())) ci.add(f.ciHigh()); else ci.addNull();
        number(o, "p_value", f.pValue());
        double[] boundary = f.boundary();
        if (Double.isFinite(boundary[0])) {
          ObjectNode b = o.putObject("boundary");
          b.put("parameter", ((Myth.Sweep) f.myth().experiment()).parameter());
          b.put("value", boundary[0]);
          ArrayNode bci = b.putArray("ci95"); // a bound beyond the values tried is null
          if (Double.isFinite(boundary[1])) bci.add(boundary[1]); else bci.addNull();
          if (Double.isFinite(boundary[2])) bci.add(boundary[2]); else bci.addNull();
        }
      }
      List<Finding> byFamily = findings.get(m);
      ObjectNode all = common(root.addObject(), byFamily.get(0).myth(), "all", overall.get(m),
          byFamily.stream().mapToInt(Finding::replications).sum(), sentences.get(m));
      all.putNull("effect");
      all.putArray("ci95").addNull().addNull();
      all.putNull("p_value");
    }
    ResultsWriter.writeJson(file, root);
  }

  private static ObjectNode common(ObjectNode o, Myth myth, String family, Verdict verdict, int replications,
      String sentence) {
    o.put("id", myth.id());
    o.put("family", family);
    o.put("claim", myth.claim());
    if (myth.beliefShare() == null) o.putNull("belief_share"); else o.put("belief_share", myth.beliefShare());
    o.put("verdict", verdict.key());
    o.put("metric", myth.metric());
    o.put("replications", replications);
    o.put("sentence", sentence);
    return o;
  }

  private static void number(ObjectNode o, String key, double v) {
    if (Double.isFinite(v)) o.put(key, v); else o.putNull(key);
  }
}
