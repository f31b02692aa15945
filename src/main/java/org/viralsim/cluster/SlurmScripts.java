package org.viralsim.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.viralsim.io.ShellWords;

/**
 * The two batch scripts of a submitted sweep. {@code shards.sbatch} runs as a job array, one task per
 * shard: task I starts shard I of N in {@code shards/I}, finishes it there if an earlier task was
 * interrupted, or does nothing if it is done, so the first submission and every resubmission run the
 * same script, only for other tasks. {@code merge.sbatch} merges the shards into {@code merged}.
 */
public final class SlurmScripts {
  public static final String SHARDS = "shards.sbatch";
  public static final String MERGE = "merge.sbatch";
  /** What a path may hold to be written as it is into an #SBATCH line (which takes no quotes) and a log pattern (no %). */
  private static final Pattern DIRECTIVE_WORD = Pattern.compile("[A-Za-z0-9_./@+=:,-]+");

  private SlurmScripts() {}

  /** Whether the folder can be named in the #SBATCH lines of its scripts. */
  public static boolean usableFolder(Path dir) {
    return DIRECTIVE_WORD.matcher(dir.toString()).matches();
  }

  /** The job array script: task I runs shard I of the submission's shards. */
  public static String shards(Submission s, Launch launch) {
    String shards = ShellWords.quote(s.dir().resolve("shards").toString());
    String sweepFile = ShellWords.quote(s.dir().resolve("sweep.yaml").toString());
    int n = s.shards();
    List<String> lines = header(s, launch, "the shards of sweep " + s.sweep() + ", one per task of a job array: task I"
        + " runs shard I of " + n + " into shards/I,\n# finishes it there after an interruption, or does nothing when"
        + " it is done.", "viralsim-" + jobName(s.sweep()), "shard-%a.job%A.out", s.threads());
    lines.add("#SBATCH --array=1-" + n);
    lines.add("set -eu");
    lines.add("i=${SLURM_ARRAY_TASK_ID:?run it as a job array: sbatch --array=1-" + n + "}");
    lines.add("shards=" + shards);
    lines.add("viralsim() { " + launch.command() + " \"$@\"; }");
    lines.add("if [ -d \"$shards/$i\" ]; then echo \"shard $i/" + n + " is done: $shards/$i\"; exit 0; fi");
    lines.add("if [ -f \"$shards/.$i.sweep-partial/manifest.json\" ]; then");
    lines.add("  viralsim sweep --resume \"$shards/$i\" --threads " + s.threads());
    lines.add("else");
    lines.add("  rm -rf \"$shards/.$i.sweep-partial\"  # stopped before it recorded a run: start again");
    lines.add("  viralsim sweep " + sweepFile + " --shard \"$i/" + n + "\" --threads " + s.threads() + " --out \"$shards/$i\"");
    lines.add("fi");
    return String.join("\n", lines) + "\n";
  }

  /** The merge script, submitted to run once the job array has succeeded. */
  public static String merge(Submission s, Launch launch) {
    String merged = ShellWords.quote(s.mergedDir().toString());
    List<String> lines = header(s, launch, "merges the " + s.shards() + " shards of sweep " + s.sweep() + " into merged,"
        + " once they are all done\n# (submitted with --dependency=afterok: on the job array).",
        "viralsim-" + jobName(s.sweep()) + "-merge", "merge.job%j.out", 1);
    lines.add("set -eu");
    lines.add("if [ -d " + merged + " ]; then echo \"merged already: \"" + merged + "; exit 0; fi");
    lines.add("shards=()");
    lines.add("for i in $(seq 1 " + s.shards() + "); do shards+=(" + ShellWords.quote(s.dir().resolve("shards").toString())
        + "/\"$i\"); done");
    lines.add(launch.command() + " merge \"${shards[@]}\" --out " + merged);
    return String.join("\n", lines) + "\n";
  }

  private static List<String> header(Submission s, Launch launch, String what, String jobName, String log, int cpus) {
    List<String> lines = new ArrayList<>();
    lines.add("#!/bin/bash");
    lines.add("# viralsim: " + what);
    lines.add("# Written by viralsim submit. Follow it with: " + launch.userCommand(List.of("status", s.dir().toString())));
    lines.add("# Resubmit the shards that did not finish, and the merge, with: "
        + launch.userCommand(List.of("submit", "--resume", s.dir().toString())));
    lines.add("# Every compute node must see, at these same paths: Java (" + launch.java() + "), the program ("
        + String.join(", ", launch.classPath().stream().map(Path::toString).toList()) + "),");
    lines.add("# the sweep file (" + s.dir().resolve("sweep.yaml") + ", the network files it names) and this folder ("
        + s.dir() + "), writable.");
    lines.add("#SBATCH --job-name=" + jobName);
    lines.add("#SBATCH --cpus-per-task=" + cpus);
    lines.add("#SBATCH --output=" + s.dir().resolve("logs").resolve(log));
    if (s.partition() != null) lines.add("#SBATCH --partition=" + s.partition());
    if (s.time() != null) lines.add("#SBATCH --time=" + s.time());
    return lines;
  }

  /** A job name from the sweep's name, of the characters every scheduler takes. */
  private static String jobName(String sweep) {
    return sweep.replaceAll("[^A-Za-z0-9_.-]", "_");
  }

  /** Task ids as --array takes them: 1-4 or 2,5,7-9. */
  public static String taskList(List<Integer> tasks) {
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < tasks.size(); ) {
      int end = k;
      while (end + 1 < tasks.size() && tasks.get(end + 1) == tasks.get(end) + 1) end++;
      parts.add(end == k ? tasks.get(k).toString() : tasks.get(k) + "-" + tasks.get(end));
      k = end + 1;
    }
    return String.join(",", parts);
  }
}
