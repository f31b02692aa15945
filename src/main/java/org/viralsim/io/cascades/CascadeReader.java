package org.viralsim.io.cascades;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.viralsim.io.InputFileException;
import org.viralsim.io.network.EdgeListReader;

/**
 * Reads cascade trees, one edge per line, in a {@link CascadeFormat}: {@code #} starts a comment
 * anywhere on a line, blank lines are skipped, gzip is recognised by its first bytes. A line holding
 * a comma is split at every comma (so a CSV field may be empty), any other line at runs of spaces
 * or tabs. Lines of one cascade need not be adjacent. Each cascade must be one tree: a node with two
 * parents, a cycle or a second root is an error naming the line.
 *
 * <p>Generic lines are {@code cascade parent child [time]}; a parent that is empty or {@code -} makes
 * the child its cascade's root, which is otherwise the one parent that is never a child. The first
 * data line may instead be a header naming the columns: {@code cascade} (or {@code replication} and
 * {@code item}, joined as {@code replication/item}), {@code parent}, {@code child} (or {@code user}) and
 * optionally {@code time} (or {@code tick}); other columns are ignored.
 */
public final class CascadeReader {
  private static final String[] CASCADE = {"cascade"};
  private static final String[] REPLICATION_ITEM = {"replication", "item"};

  /** Where a line's fields are: indexes into it, cascade possibly spanning two; time -1 when absent. */
  private record Columns(int[] cascade, int parent, int child, int time, int parentTime, int fields) {}

  private final Path file;
  private final Map<String, TreeBuilder> trees = new LinkedHashMap<>();
  private Columns columns;
  private CascadeFormat format;

  private CascadeReader(Path file, CascadeFormat format) {
    this.file = file;
    this.format = format;
  }

  /** The cascades found in a file, with the format it was read in. */
  public record Contents(CascadeFormat format, boolean timed, List<Cascade> cascades) {}

  /**
   * @param format the layout, or null to tell it from the first data line: 6 fields are chile, 3 or
   *     4 (or a header line) generic
   * @throws InputFileException naming the file, and the line when one is at fault
   */
  public static Contents read(Path file, CascadeFormat format) {
    if (Files.isDirectory(file)) throw new InputFileException(file, "is a directory, not a cascade file");
    CascadeReader reader = new CascadeReader(file, format);
    try (BufferedReader in = new BufferedReader(new InputStreamReader(EdgeListReader.open(file), StandardCharsets.UTF_8))) {
      long n = 0;
      for (String line; (line = in.readLine()) != null; ) reader.line(++n, line);
    } catch (IOException e) {
      throw InputFileException.unreadable(file, e);
    }
    if (reader.trees.isEmpty()) throw new InputFileException(file, "holds no cascade (no data line)");
    List<Cascade> cascades = new ArrayList<>();
    reader.trees.forEach((id, tree) -> cascades.add(tree.build(id)));
    return new Contents(reader.format, reader.columns.time >= 0, cascades);
  }

  private void line(long n, String text) {
    int hash = text.indexOf('#');
    String data = (hash >= 0 ? text.substring(0, hash) : text).strip();
    if (data.isEmpty()) return;
    String[] fields = data.indexOf(',') >= 0 ? data.split(",", -1) : data.split("[ \t]+");
    for (int i = 0; i < fields.length; i++) fields[i] = fields[i].strip();
    if (columns == null) {
      List<String> names = Arrays.stream(fields).map(f -> f.toLowerCase(Locale.ROOT)).toList();
      if (format != CascadeFormat.CHILE && names.contains("parent")) {
        format = CascadeFormat.GENERIC;
        columns = header(n, names);
        return;
      }
      columns = firstLine(n, fields);
    }
    Columns c = columns;
    if (fields.length != c.fields) {
      throw new InputFileException(file, n, fields.length + " fields, expected " + c.fields + " ("
          + format.label() + " format, as the first data line)");
    }
    String cascade = c.cascade.length == 1 ? fields[c.cascade[0]] : fields[c.cascade[0]] + "/" + fields[c.cascade[1]];
    String parent = fields[c.parent];
    String child = fields[c.child];
    if (cascade.isEmpty() || child.isEmpty()) throw new InputFileException(file, n, "empty cascade or child field");
    TreeBuilder tree = trees.computeIfAbsent(cascade, k -> new TreeBuilder(file));
    boolean root = parent.isEmpty() || parent.equals("-");
    tree.add(n, root ? null : parent, child, c.time < 0 ? Double.NaN : number(n, fields[c.time], "time"),
        c.parentTime < 0 ? Double.NaN : number(n, fields[c.parentTime], "parent time"));
  }

  /** The columns of the format asked for, or told by the first data line. */
  private Columns firstLine(long n, String[] fields) {
    if (format == null) {
      if (fields.length == CascadeFormat.CHILE.fields) format = CascadeFormat.CHILE;
      else if (fields.length == 3 || fields.length == 4) format = CascadeFormat.GENERIC;
      else throw new InputFileException(file, n, fields.length + " fields: not a cascade file (chile lines have 6,"
          + " generic lines 3 or 4)");
    }
    if (format == CascadeFormat.CHILE) return new Columns(new int[] {0}, 2, 3, 4, 5, 6);
    if (fields.length != 3 && fields.length != 4) {
      throw new InputFileException(file, n, fields.length + " fields, expected 3 or 4 (cascade parent child [time])");
    }
    return new Columns(new int[] {0}, 1, 2, fields.length == 4 ? 3 : -1, -1, fields.length);
  }

  private Columns header(long n, List<String> names) {
    int[] cascade = names.contains("cascade") ? indexes(names, CASCADE)
        : names.containsAll(List.of(REPLICATION_ITEM)) ? indexes(names, REPLICATION_ITEM) : null;
    int child = names.contains("child") ? names.indexOf("child") : names.indexOf("user");
    if (cascade == null || child < 0) {
      throw new InputFileException(file, n, "header names no " + (cascade == null ? "cascade (or replication and item)"
          : "child (or user)") + " column");
    }
    int time = names.contains("time") ? names.indexOf("time") : names.indexOf("tick");
    return new Columns(cascade, names.indexOf("parent"), child, time, -1, names.size());
  }

  private static int[] indexes(List<String> names, String[] wanted) {
    return Arrays.stream(wanted).mapToInt(names::indexOf).toArray();
  }

  private double number(long n, String field, String what) {
    try {
      double v = Double.parseDouble(field);
      if (Double.isFinite(v)) return v;
    } catch (NumberFormatException notNumber) {
      // reported below
    }
    throw new InputFileException(file, n, what + " \"" + field + "\" is not a number");
  }
}
