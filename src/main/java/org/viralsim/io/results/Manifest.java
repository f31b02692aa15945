package org.viralsim.io.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.viralsim.experiment.Seeds;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** What produced a results folder: program version and commit, seeds, timing, Java. */
public record Manifest(String command, String version, String gitCommit, long baseSeed, List<Long> seeds,
    Instant started, Instant ended, int threads, String scenarioFile) {

  /**
   * The manifest of a command that ran replications 0 .. replications - 1 (of every point) from
   * {@code baseSeed}: it lists their seeds, with the program's version and commit.
   */
  public static Manifest of(String command, long baseSeed, int replications, Instant started, Instant ended,
      int threads, String scenarioFile) {
    List<Long> seeds = new ArrayList<>();
    for (int i = 0; i < replications; i++) seeds.add(Seeds.replication(baseSeed, i));
    return new Manifest(command, programVersion(), gitCommitOrNull(), baseSeed, seeds, started, ended, threads,
        scenarioFile);
  }

  /** The program's version from the jar manifest, or "dev" when run from classes. */
  public static String programVersion() {
    String v = Manifest.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /** The commit the launcher found, if any (system property viralsim.gitCommit). */
  public static String gitCommitOrNull() {
    String c = System.getProperty("viralsim.gitCommit", "").trim();
    return c.isEmpty() ? null : c;
  }

  public ObjectNode toJson(JsonMapper json) {
    ObjectNode root = json.createObjectNode();
    root.put("program", "viralsim");
    root.put("command", command);
    root.put("version", version);
    if (gitCommit == null) root.putNull("git_commit"); else root.put("git_commit", gitCommit);
    root.put("scenario_file", scenarioFile);
    root.put("base_seed", baseSeed);
    ArrayNode s = root.putArray("seeds");
    seeds.forEach(s::add);
    root.put("started", started.toString());
    root.put("ended", ended.toString());
    root.put("run_time_seconds", (ended.toEpochMilli() - started.toEpochMilli()) / 1000.0);
    root.put("threads", threads);
    root.put("java_version", System.getProperty("java.version"));
    root.put("java_vendor", System.getProperty("java.vendor"));
    root.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    return root;
  }
}
