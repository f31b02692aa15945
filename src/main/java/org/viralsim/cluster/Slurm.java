package org.viralsim.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** SLURM's own commands, found on PATH and run as programs: sbatch submits, squeue reports, scancel cancels. */
public final class Slurm {
  /** How long a scheduler command may take before it is given up (a controller that does not answer). */
  private static final long TIMEOUT_SECONDS = 120;

  private Slurm() {}

  /** A job or array task in the queue: its id (123, or 123_4 for a task), state (PENDING, RUNNING ...) and reason. */
  public record Queued(String id, String state, String reason) {
    public boolean pending() { return state.equals("PENDING"); }
  }

  /**
   * What squeue said of some jobs: those still in the queue by id, or, when squeue could not be asked,
   * why not ({@code unavailable} is then set and {@code jobs} empty).
   */
  public record Queue(Map<String, Queued> jobs, String unavailable) {
    public Queue {
      jobs = Map.copyOf(jobs);
    }
  }

  /** The command's absolute path on PATH, or null when it is not installed here. */
  public static Path find(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (dir.isEmpty()) continue;
      Path p = Path.of(dir, command);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) return p.toAbsolutePath();
    }
    return null;
  }

  /** sbatch, or a SchedulerException saying it is not here (nothing can be submitted from this machine). */
  public static Path sbatch() {
    Path sbatch = find("sbatch");
    if (sbatch == null) {
      throw new SchedulerException("submit: sbatch not found on PATH; submit from a machine of the SLURM cluster (a"
          + " login node), or write the scripts only with --dry-run");
    }
    return sbatch;
  }

  /** Submits a batch script with these options and returns its job id. */
  public static String submit(List<String> options, Path script) {
    List<String> command = new ArrayList<>(List.of(sbatch().toString(), "--parsable"));
    command.addAll(options);
    command.add(script.toString());
    Result r = run(command);
    String id = r.out.strip();
    int cluster = id.indexOf(';'); // --parsable prints ID or ID;CLUSTER
    if (cluster >= 0) id = id.substring(0, cluster);
    if (r.exit != 0 || !id.matches("[0-9]+")) {
      throw new SchedulerException("sbatch refused " + script.getFileName() + ": " + r.firstLine());
    }
    return id;
  }

  /** Cancels a job or an array task; says whether scancel accepted it. */
  public static boolean cancel(String id) {
    Path scancel = find("scancel");
    return scancel != null && run(List.of(scancel.toString(), id)).exit == 0;
  }

  /** The given jobs (array tasks one by one) that are still in the queue, as squeue lists them. */
  public static Queue queue(List<String> jobIds) {
    if (jobIds.isEmpty()) return new Queue(Map.of(), null);
    Path squeue = find("squeue");
    if (squeue == null) return new Queue(Map.of(), "squeue not found on PATH");
    Result r = run(List.of(squeue.toString(), "--noheader", "--array", "--jobs=" + String.join(",", jobIds),
        "--format=%i|%T|%r"));
    Map<String, Queued> jobs = new LinkedHashMap<>();
    if (r.exit != 0) {
      // Jobs that left the queue long ago are unknown to it: then none of them is queued.
      if (r.err.contains("Invalid job id")) return new Queue(jobs, null);
      return new Queue(jobs, "squeue failed: " + r.firstLine());
    }
    for (String line : r.out.split("\\R")) {
      String[] f = line.strip().split("\\|", -1);
      if (f.length == 3) jobs.put(f[0], new Queued(f[0], f[1], f[2]));
    }
    return new Queue(jobs, null);
  }

  private record Result(int exit, String out, String err) {
    String firstLine() {
      String text = err.isBlank() ? out : err;
      return text.isBlank() ? "exit code " + exit : text.strip().lines().findFirst().orElse("").strip();
    }
  }

  private static Result run(List<String> command) {
    try {
      Path out = Files.createTempFile("viralsim-slurm", ".out");
      Path err = Files.createTempFile("viralsim-slurm", ".err");
      try {
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new SchedulerException(command.get(0) + " did not answer within " + TIMEOUT_SECONDS + " s");
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new SchedulerException("cannot run " + command.get(0) + " (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SchedulerException(command.get(0) + " was interrupted");
    }
  }
}
