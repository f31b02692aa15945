package org.viralsim.io.sweep;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.viralsim.experiment.RunId;
import org.viralsim.io.CsvLine;
import org.viralsim.io.CsvTable;
import org.viralsim.io.InputFileException;
import org.viralsim.observe.RunResult;
import org.viralsim.sweep.RunRecord;
import org.viralsim.sweep.SweepPlan;
import org.viralsim.sweep.design.Point;

/**
 * {@code runs.csv} of a sweep while it runs: one line per finished run (point, replication, seed,
 * the varied parameters, every metric, seconds), each written whole and flushed at once, so a killed
 * sweep loses only its runs in flight. A torn last line is dropped when the file is reopened.
 */
public final class RunsFile implements AutoCloseable {
  /** The timing column, the one column that differs between otherwise identical sweeps. */
  public static final String SECONDS = "seconds";
  private final Writer out;
  private final List<String> metrics;

  private RunsFile(Writer out, List<String> metrics) {
    this.out = out;
    this.metrics = metrics;
  }

  /** The header of runs.csv. */
  public static List<String> header(List<String> parameters, List<String> metrics) {
    List<String> h = new ArrayList<>(List.of("point", "replication", "seed"));
    h.addAll(parameters);
    h.addAll(metrics);
    h.add(SECONDS);
    return h;
  }

  /**
   * Opens the file for appending, keeping the whole lines already there (truncating a torn last one),
   * or starting it with its header.
   */
  public static RunsFile open(Path file, SweepPlan sweep) throws IOException {
    List<String> header = header(sweep.parameterKeys(), sweep.metrics());
    if (Files.exists(file)) {
      String found = Files.readString(file, StandardCharsets.UTF_8).split("\n", 2)[0];
      if (!found.equals(String.join(",", header))) {
        throw new InputFileException(file, 1, "header does not match the sweep; expected " + String.join(",", header));
      }
      read(file, sweep);
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
        ch.truncate(wholeLength(Files.readAllBytes(file)));
      }
    } else {
      Files.writeString(file, String.join(",", header) + "\n", StandardCharsets.UTF_8);
    }
    return new RunsFile(Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND), sweep.metrics());
  }

  /** The runs a file holds, in run order; a torn or short last line is left out. */
  public static SortedMap<RunId, RunRecord> read(Path file, SweepPlan sweep) throws IOException {
    int parameters = sweep.parameterKeys().size();
    int columns = header(sweep.parameterKeys(), sweep.metrics()).size();
    SortedMap<RunId, RunRecord> runs = new TreeMap<>();
    if (!Files.exists(file)) return runs;
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, 0, wholeLength(bytes), StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    for (int i = 1; i < lines.length; i++) {
      List<String> fields = CsvLine.split(lines[i]);
      if (fields.size() != columns) {
        throw new InputFileException(file, i + 1, "has " + fields.size() + " fields, expected " + columns);
      }
      RunId run;
      try {
        run = new RunId(Integer.parseInt(fields.get(0)), Integer.parseInt(fields.get(1)));
      } catch (NumberFormatException e) {
        throw new InputFileException(file, i + 1, "point and replication must be whole numbers, were \""
            + fields.get(0) + "\" and \"" + fields.get(1) + "\"");
      }
      double[] metrics = new double[columns - 4 - parameters];
      for (int m = 0; m < metrics.length; m++) metrics[m] = number(file, i + 1, fields, 3 + parameters + m);
      long seed;
      try {
        seed = Long.parseLong(fields.get(2));
      } catch (NumberFormatException e) {
        throw new InputFileException(file, i + 1, "the seed must be a whole number, was \"" + fields.get(2) + "\"");
      }
      RunRecord record = new RunRecord(run, seed, fields.subList(3, 3 + parameters),
          metrics, number(file, i + 1, fields, columns - 1));
      if (runs.put(run, record) != null) {
        throw new InputFileException(file, i + 1, "run " + run.point() + "/" + run.replication() + " is there twice");
      }
    }
    return runs;
  }

  /** A numeric field: empty is NaN (undefined). */
  private static double number(Path file, int line, List<String> fields, int column) {
    String f = fields.get(column);
    try {
      return f.isEmpty() ? Double.NaN : Double.parseDouble(f);
    } catch (NumberFormatException e) {
      throw new InputFileException(file, line, "field " + (column + 1) + " must be a number, was \"" + f + "\"");
    }
  }

  /** The fields of a run's line, as written. */
  static List<String> fields(RunRecord r) {
    List<String> fields = new ArrayList<>();
    fields.add(Integer.toString(r.id().point()));
    fields.add(Integer.toString(r.id().replication()));
    fields.add(Long.toString(r.seed()));
    for (String p : r.parameters()) fields.add(CsvTable.text(p));
    for (double m : r.metrics()) fields.add(CsvTable.number(m));
    fields.add(CsvTable.number(r.seconds()));
    return fields;
  }

  /** Bytes up to and including the last line break: what a kill cannot have torn. */
  private static int wholeLength(byte[] bytes) {
    int end = bytes.length;
    while (end > 0 && bytes[end - 1] != '\n') end--;
    return end;
  }

  /** Appends a finished run as one whole, flushed line. */
  public void append(RunId run, Point point, RunResult r, double seconds) throws IOException {
    StringBuilder line = new StringBuilder();
    line.append(run.point()).append(',').append(run.replication()).append(',').append(r.seed());
    for (Object v : point.values().values()) line.append(',').append(field(v));
    for (String m : metrics) {
      Double v = r.metrics().get(m);
      line.append(',').append(CsvTable.number(v == null ? Double.NaN : v));
    }
    line.append(',').append(CsvTable.number(Math.round(seconds * 1000) / 1000.0)).append('\n');
    String text = line.toString(); // formatted outside the lock, so that workers only queue to write
    synchronized (this) {
      out.write(text);
      out.flush();
    }
  }

  /** A parameter value as written in the tables. */
  public static String field(Object v) {
    return v instanceof String s ? CsvTable.text(s) : CsvTable.format(v);
  }

  @Override
  public synchronized void close() throws IOException { out.close(); }
}
