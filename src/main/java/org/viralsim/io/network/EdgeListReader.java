package org.viralsim.io.network;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.viralsim.graph.Graph;
import org.viralsim.graph.GraphBuilder;
import org.viralsim.io.InputFileException;

/**
 * Reads an edge list: one edge per line, {@code u v [weight]}, fields separated by any run of
 * spaces, tabs or commas (so CSV works), {@code #} starting a comment anywhere on a line, blank lines
 * skipped, and gzip-compressed files (named .gz or not) decompressed. Node ids are any tokens without those
 * characters; nodes are numbered in order of first appearance and labelled with their token. There is
 * no header line: a CSV header such as {@code source,target} would be read as an edge, so comment it
 * out with {@code #}. A weight must be a finite number >= 0; weights are checked but not kept.
 * Self-loops and repeated edges are dropped and counted.
 *
 * <p>The tokenizer is hand-written over large byte buffers because line strings, regexes or a
 * Scanner run many times slower on files with millions of edges.
 */
public final class EdgeListReader {
  private static final int CHUNK = 1 << 22;
  private static final String USAGE = "expected 'u v [weight]', got ";

  private final Path file;
  private final GraphBuilder builder;
  private final NodeIndex nodes = new NodeIndex();
  private long line;
  private boolean weighted;

  private EdgeListReader(Path file, boolean directed) {
    this.file = file;
    this.builder = new GraphBuilder(directed, 1 << 16).dropSelfLoops().dropDuplicates();
  }

  /**
   * @param directed true: a line "u v" adds the arc u->v (v follows u); false: both arcs
   * @throws InputFileException naming the file, and the line when one is at fault
   */
  public static LoadedGraph read(Path file, boolean directed) {
    if (Files.isDirectory(file)) throw new InputFileException(file, "is a directory, not an edge list");
    EdgeListReader reader = new EdgeListReader(file, directed);
    try (InputStream in = open(file)) {
      reader.parse(in, in instanceof GZIPInputStream ? -1 : Files.size(file));
    } catch (NoSuchFileException e) {
      throw new InputFileException(file, "no such file");
    } catch (AccessDeniedException e) {
      throw new InputFileException(file, "permission denied");
    } catch (IOException e) {
      throw new InputFileException(file, "cannot read: " + e.getMessage());
    } catch (IllegalArgumentException e) { // too many nodes or edges
      throw new InputFileException(file, reader.line, e.getMessage());
    }
    return reader.finish();
  }

  /**
   * The file's lines, decompressed when it is gzip-compressed, whatever its name: a compressed file
   * without .gz would otherwise be read as text, its bytes echoed in the error.
   */
  private static InputStream open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    try {
      BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
      in.mark(2);
      boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
      in.reset();
      if (gzip) return new GZIPInputStream(in, 1 << 16);
      if (namedGzip(file)) throw new InputFileException(file, "name ends in .gz but the file is not gzip-compressed");
      return in;
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  private static boolean namedGzip(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
  }

  /** @param size the file's size in bytes, or -1 when compressed */
  private void parse(InputStream in, long size) throws IOException {
    byte[] buf = new byte[CHUNK];
    int filled = 0;
    boolean sized = size <= 0;
    while (true) {
      filled += in.readNBytes(buf, filled, buf.length - filled);
      if (filled < buf.length) { // end of input: the last line may lack its newline
        parseLines(buf, filled);
        return;
      }
      int end = lastNewline(buf, filled) + 1;
      if (end == 0) { // one line fills the buffer
        buf = Arrays.copyOf(buf, buf.length * 2);
        continue;
      }
      parseLines(buf, end);
      // Sizing the edge store from the first chunk's line density avoids regrowing a large array.
      if (!sized) {
        builder.ensureCapacity((long) (line * 1.05 * size / end) + 1024);
        sized = true;
      }
      System.arraycopy(buf, end, buf, 0, filled - end);
      filled -= end;
    }
  }

  private static int lastNewline(byte[] buf, int filled) {
    int i = filled - 1;
    while (i >= 0 && buf[i] != '\n') i--;
    return i;
  }

  /** Reads the lines in buf[0, end); the last may lack its newline only at end of input. */
  private void parseLines(byte[] buf, int end) {
    int i = 0;
    while (i < end) {
      line++;
      int fields = 0;
      int u = 0;
      int v = 0;
      int weightStart = 0;
      int weightLength = 0;
      boolean weightDigits = false;
      while (i < end) {
        int c = buf[i];
        if (c == '\n') {
          i++;
          break;
        }
        if (isSeparator(c)) {
          i++;
          continue;
        }
        if (c == '#') {
          while (i < end && buf[i] != '\n') i++;
          continue;
        }
        int start = i;
        long value = 0;
        boolean digits = true;
        for (; i < end; i++) {
          c = buf[i];
          int d = c - '0';
          if (d >= 0 && d <= 9) {
            value = value * 10 + d; // may overflow past 18 digits; NodeIndex ignores the value then
          } else if (c == '\n' || c == '#' || isSeparator(c)) {
            break;
          } else {
            digits = false;
          }
        }
        fields++;
        if (fields == 1) u = nodes.id(buf, start, i - start, digits, value);
        else if (fields == 2) v = nodes.id(buf, start, i - start, digits, value);
        else if (fields == 3) {
          weightStart = start;
          weightLength = i - start;
          weightDigits = digits;
        }
      }
      if (fields == 0) continue;
      if (fields > 3 || fields == 1) throw new InputFileException(file, line, USAGE + fields + (fields == 1 ? " field" : " fields"));
      if (fields == 3) checkWeight(buf, weightStart, weightLength, weightDigits); // after the count: "too many fields" first
      weighted |= fields == 3;
      builder.add(u, v);
    }
  }

  private static boolean isSeparator(int c) {
    return c == ' ' || c == '\t' || c == ',' || c == '\r';
  }

  private void checkWeight(byte[] buf, int start, int length, boolean digits) {
    if (digits) return;
    String text = new String(buf, start, length, UTF_8);
    // Double.parseDouble also takes "NaN", "Infinity", hex and a trailing 'd' or 'f': only plain decimals pass.
    boolean plain = text.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-');
    try {
      double w = plain ? Double.parseDouble(text) : Double.NaN;
      if (w >= 0 && w < Double.POSITIVE_INFINITY) return;
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InputFileException(file, line, "weight '" + text + "' is not a finite number >= 0");
  }

  private LoadedGraph finish() {
    Graph graph;
    try {
      graph = builder.build(nodes.size(), nodes.labels());
    } catch (IllegalArgumentException e) {
      throw new InputFileException(file, e.getMessage());
    }
    if (builder.stats().edges() == 0) throw new InputFileException(file, "contains no edges");
    return new LoadedGraph(graph, builder.stats(), weighted);
  }
}
