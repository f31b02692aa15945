package org.viralsim.io.sweep;

import java.io.IOException;
import java.nio.file.Path;
import org.viralsim.io.InputFileException;
import org.viralsim.io.results.Manifest;
import org.viralsim.io.results.ResultsWriter;
import org.viralsim.sweep.SweepPlan;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A sweep folder's manifest.json: a run's manifest plus the sweep's hash, the shard and the number of runs. */
public final class SweepManifest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SweepManifest() {}

  /** Writes the manifest with the sweep's hash, shard ("I/N", or null) and number of runs. */
  public static void write(Path file, Manifest manifest, SweepPlan sweep, String shard, int runs) throws IOException {
    ObjectNode root = manifest.toJson(JSON);
    root.put("sweep_hash", sweep.hash());
    if (shard == null) root.putNull("shard"); else root.put("shard", shard);
    root.put("runs", runs);
    ResultsWriter.writeJson(file, root);
  }

  /** The hash a sweep folder's manifest records. */
  public static String hashOf(Path folder) {
    return read(folder).path("sweep_hash").asString("");
  }

  /** The sweep file a sweep folder's manifest records as given when the sweep started, or {@code otherwise}. */
  public static String scenarioFileOf(Path folder, String otherwise) {
    return read(folder).path("scenario_file").asString(otherwise);
  }

  /** The shard a sweep folder's manifest records ("I/N"), or null for the whole sweep. */
  public static String shardOf(Path folder) {
    JsonNode shard = read(folder).path("shard");
    return shard.isString() ? shard.stringValue() : null;
  }

  private static JsonNode read(Path folder) {
    Path file = folder.resolve("manifest.json");
    try {
      return JSON.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new InputFileException(file, "cannot be read: " + e.getOriginalMessage());
    } catch (RuntimeException e) {
      throw new InputFileException(file, "cannot be read: " + e.getMessage());
    }
  }
}
