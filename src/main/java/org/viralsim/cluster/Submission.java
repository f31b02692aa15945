package org.viralsim.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.viralsim.io.InputFileException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sweep submitted to a scheduler, as recorded in its folder's {@code submission.json}: the sweep, how
 * it was shared out, the options every job got, and each submission's job ids (the first, then one per
 * {@code submit --resume}; none after {@code --dry-run}).
 *
 * @param partition null: the cluster's default
 * @param time null: the partition's default
 */
public record Submission(Path dir, String sweep, int shards, int threads, String partition, String time,
    List<String> sbatchOptions, String launcher, List<Jobs> jobs) {
  public static final String FILE = "submission.json";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** One submission: the job array of the given shards (null when every shard was done) and the merge job after it. */
  public record Jobs(String arrayJob, List<Integer> tasks, String mergeJob, Instant submitted) {
    public Jobs {
      tasks = List.copyOf(tasks);
    }
  }

  public Submission {
    sbatchOptions = List.copyOf(sbatchOptions);
    jobs = List.copyOf(jobs);
  }

  /** The latest submission, or null when none was made. */
  public Jobs latest() {
    return jobs.isEmpty() ? null : jobs.get(jobs.size() - 1);
  }

  public Submission with(Jobs more) {
    List<Jobs> all = new ArrayList<>(jobs);
    all.add(more);
    return new Submission(dir, sweep, shards, threads, partition, time, sbatchOptions, launcher, all);
  }

  /** The folder shard {@code i} (1 to shards) writes. */
  public Path shardDir(int i) {
    return dir.resolve("shards").resolve(Integer.toString(i));
  }

  public Path mergedDir() {
    return dir.resolve("merged");
  }

  /** Writes submission.json into its folder. */
  public void write() throws IOException {
    write(dir);
  }

  /** Writes submission.json into {@code folder} (the submission's before it is moved into place), whole. */
  public void write(Path folder) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("scheduler", "slurm");
    root.put("sweep", sweep);
    root.put("shards", shards);
    root.put("threads", threads);
    root.put("partition", partition);
    root.put("time", time);
    ArrayNode options = root.putArray("sbatch_options");
    sbatchOptions.forEach(options::add);
    root.put("launcher", launcher);
    ArrayNode all = root.putArray("jobs");
    for (Jobs j : jobs) {
      ObjectNode o = all.addObject();
      o.put("array_job", j.arrayJob());
      ArrayNode tasks = o.putArray("tasks");
      j.tasks().forEach(tasks::add);
      o.put("merge_job", j.mergeJob());
      o.put("submitted", j.submitted().toString());
    }
    Path tmp = folder.resolve(FILE + ".tmp");
    Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The submission recorded in {@code dir}, or an InputFileException naming the folder or file and what is wrong. */
  public static Submission read(Path dir) {
    Path file = dir.resolve(FILE);
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new InputFileException(dir, 0, Files.isDirectory(dir) ? "is not a submitted sweep (it has no " + FILE
          + "; viralsim submit writes one)" : "no such folder");
    } catch (IOException | JacksonException e) {
      throw new InputFileException(file, "cannot be read: " + e.getMessage());
    }
    try {
      List<String> options = new ArrayList<>();
      root.required("sbatch_options").forEach(o -> options.add(o.stringValue()));
      List<Jobs> jobs = new ArrayList<>();
      for (JsonNode j : root.required("jobs")) {
        List<Integer> tasks = new ArrayList<>();
        j.required("tasks").forEach(t -> tasks.add(t.intValue()));
        jobs.add(new Jobs(text(j, "array_job"), tasks, text(j, "merge_job"),
            Instant.parse(j.required("submitted").stringValue())));
      }
      int shards = root.required("shards").intValue();
      if (shards < 1) throw new IllegalArgumentException("shards must be at least 1, was " + shards);
      return new Submission(dir.toAbsolutePath().normalize(), root.required("sweep").stringValue(), shards,
          root.required("threads").intValue(), text(root, "partition"), text(root, "time"), options,
          root.required("launcher").stringValue(), jobs);
    } catch (RuntimeException e) {
      throw new InputFileException(file, "is not as viralsim submit writes it: " + e.getMessage());
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.required(field);
    return v.isNull() ? null : v.stringValue();
  }
}
