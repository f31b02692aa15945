package org.viralsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.viralsim.chart.NamedChart;
import org.viralsim.myth.Finding;
import org.viralsim.myth.Myth;
import org.viralsim.myth.Verdict;
import org.viralsim.stats.Numbers;

/** The report of the myth lab: each myth's verdict first, then by myth the evidence on every family. */
public final class MythReport {
  private MythReport() {}

  /**
   * @param charts the effect chart of each myth, in the order of {@code findings}
   * @param quick  whether the myths ran with their quick (fewer) replications
   */
  public static Report of(List<List<Finding>> findings, List<Verdict> overall, List<String> sentences,
      List<NamedChart> charts, boolean quick, Provenance p) {
    List<String> lines = new ArrayList<>();
    if (quick) lines.add("A quick run with few replications: the verdicts are indicative; run without --quick for"
        + " the full evidence.");
    lines.addAll(sentences);
    List<List<String>> table = new ArrayList<>();
    for (int m = 0; m < findings.size(); m++) {
      for (Finding f : findings.get(m)) {
        Myth myth = f.myth();
        table.add(List.of(myth.id(), myth.claim(), share(myth), f.family(), f.verdict().key(), myth.metric(),
            num(f.effect()), num(f.ciLow()) + " to " + num(f.ciHigh()), Numbers.pValue(f.pValue()), Integer.toString(f.replications())));
      }
      Myth myth = findings.get(m).get(0).myth();
      table.add(List.of(myth.id(), myth.claim(), share(myth), "all", overall.get(m).key(), myth.metric(), "", "", "", ""));
    }
    List<Report.Section> sections = new ArrayList<>();
    sections.add(new Report.Section("Verdicts", List.of(
        new Report.Paragraph("Each myth on each platform family: busted where the evidence contradicts what the claim"
            + " predicts, holds where it shows what the claim predicts, depends where it settles neither; over all"
            + " families, depends where they disagree. The effect is the one that decided, with its 95% CI (docs/myths.md"
            + " says which effect for which kind of claim); verdicts.json has the same."),
        new Report.Table(List.of("myth", "claim", "firms believing it", "family", "verdict", "metric", "effect",
            "95% CI", "p", "runs"), table))));
    for (int m = 0; m < findings.size(); m++) {
      Myth myth = findings.get(m).get(0).myth();
      List<Report.Block> blocks = new ArrayList<>();
      blocks.add(new Report.Paragraph(sentences.get(m)));
      blocks.add(new Report.Paragraph((myth.beliefShare() == null ? "" : "Believed by " + share(myth) + " of firms. ")
          + (myth.source().isEmpty() ? "" : "Source: " + myth.source() + ". ") + experiment(myth)));
      blocks.add(new Report.Bullets(findings.get(m).stream().map(Finding::sentence).toList()));
      blocks.add(new Report.Figure(charts.get(m).name(), "The effect that decided the verdict on each family, with"
          + " its 95% CI. The evidence of each family is in the folder " + myth.id() + "-FAMILY."));
      sections.add(new Report.Section(myth.id() + ": " + myth.claim(), blocks));
    }
    sections.add(new Report.Section("Method", List.of(new Report.Bullets(List.of(
        "Platform families (Gartner): a public social network (10,000 users, heavy-tailed followers), an internal"
            + " collaboration platform (1,000 employees in 20 teams) and a customer / B2B community (3,000 members,"
            + " power-law ties); where it makes sense also a real network (SNAP ego-Facebook, 4,039 users). Each is a"
            + " scenario in scenarios/families.",
        "Common random numbers: within a myth and family every variant or value runs with the same seeds, so the"
            + " evidence compares like with like.",
        "Comparisons: the mean paired difference B - A with its t interval (Agresti-Min for 0/1 metrics) and a"
            + " paired t, Wilcoxon or McNemar p-value. Thresholds: the mean at the value the claim names, with its t or"
            + " Wilson interval; the crossing point with a bootstrap interval. Proportionality: the factor a doubling"
            + " gives, run by run, with its t interval.",
        "Myth files: " + String.join(", ", p.files()) + ". Produced by " + p.program() + ".")))));
    sections.add(new Report.Section("Limitations", List.of(new Report.Bullets(List.of(
        "A model, not a survey of real campaigns: the verdicts say what follows from the model's mechanisms and"
            + " documented assumptions (docs/model.md), on a few stylised families and one real network.",
        "A verdict of holds for a claim of no difference means no difference was found in the runs made, not that"
            + " none exists.",
        "Several myths and families are tested at once: at the 5% level about one comparison in twenty can look"
            + " different by chance alone.")))));
    return new Report("Virality myths put to the test", lines, sections);
  }

  /** The verdicts as printed: a line per myth with each family's verdict and the overall one, then the sentences. */
  public static String table(List<List<Finding>> findings, List<Verdict> overall, List<String> sentences) {
    StringBuilder b = new StringBuilder();
    int width = findings.stream().mapToInt(f -> f.get(0).myth().claim().length()).max().orElse(0);
    for (int m = 0; m < findings.size(); m++) {
      Myth myth = findings.get(m).get(0).myth();
      b.append(String.format(Locale.ROOT, "%-4s %-" + width + "s ", myth.id(), myth.claim()));
      for (Finding f : findings.get(m)) b.append(String.format(Locale.ROOT, " %s: %-7s", f.family(), f.verdict().key()));
      b.append(" -> ").append(overall.get(m).key()).append('\n');
    }
    for (String s : sentences) b.append(s).append('\n');
    return b.toString().stripTrailing();
  }

  private static String experiment(Myth myth) {
    if (myth.experiment() instanceof Myth.Compare c) {
      return "The experiment: A (" + c.a().label() + ") against B (" + c.b().label() + "), metric " + myth.metric() + ".";
    }
    if (myth.experiment() instanceof Myth.Variants v) {
      return "The experiment: the variants " + String.join(", ", v.arms().stream().map(Myth.Arm::label).toList())
          + ", metric " + myth.metric() + ".";
    }
    Myth.Sweep s = (Myth.Sweep) myth.experiment();
    return "The experiment: " + s.parameter() + " set to " + String.join(", ", s.values().stream().map(RunNarrative::num)
        .toList()) + ", metric " + myth.metric() + ".";
  }

  private static String share(Myth myth) {
    return myth.beliefShare() == null ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * myth.beliefShare());
  }

  private static String num(double v) { return RunNarrative.num(v); }

}
