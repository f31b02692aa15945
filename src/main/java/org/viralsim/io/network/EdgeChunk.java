package org.viralsim.io.network;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;

/**
 * The edges of a run of whole lines of an edge list, parsed on their own so that chunks can be
 * parsed in parallel: node ids are numbered within the chunk ({@link #nodes}, in order of first
 * appearance), and line numbers count from the chunk's first line. Parsing stops at the first bad
 * line, which is kept as {@link #errorLine} and {@link #error} for the reader to report once it
 * knows how many lines came before.
 *
 * <p>The tokenizer is hand-written over byte arrays because line strings, regexes or a Scanner run
 * many times slower on files with millions of edges.
 */
final class EdgeChunk {
  private static final String USAGE = "expected 'u v [weight]', got ";

  final NodeIndex nodes;
  int[] pairs; // u0, v0, u1, v1, ... as ids of nodes
  int ends; // used length of pairs
  int[] firstLines = new int[1 << 12]; // the line where each node of the chunk first appears
  long lines;
  long errorLine; // 0: no bad line
  String error;
  boolean weighted;

  private EdgeChunk(int capacity, NodeIndex nodes) {
    this.pairs = new int[Math.max(16, capacity)];
    this.nodes = nodes;
  }

  /**
   * Parses the lines in buf[0, end); the last may lack its newline only at the end of the file.
   *
   * @param nodes an empty index, which the chunk keeps
   */
  static EdgeChunk parse(byte[] buf, int end, NodeIndex nodes) {
    EdgeChunk chunk = new EdgeChunk(end / 6, nodes); // short lines such as "12 345\n" hold 2 ids in 7 bytes
    chunk.parseLines(buf, end);
    if (chunk.pairs.length - chunk.ends > chunk.pairs.length / 8) chunk.pairs = Arrays.copyOf(chunk.pairs, chunk.ends);
    return chunk;
  }

  private void parseLines(byte[] buf, int end) {
    int i = 0;
    while (i < end) {
      lines++;
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
        if (fields == 1) u = id(buf, start, i - start, digits, value);
        else if (fields == 2) v = id(buf, start, i - start, digits, value);
        else if (fields == 3) {
          weightStart = start;
          weightLength = i - start;
          weightDigits = digits;
        }
      }
      if (fields == 0) continue;
      if (fields > 3 || fields == 1) {
        fail(USAGE + fields + (fields == 1 ? " field" : " fields"));
        return;
      }
      // after the count: "too many fields" first
      if (fields == 3 && !weightDigits && !validWeight(new String(buf, weightStart, weightLength, UTF_8))) return;
      weighted |= fields == 3;
      if (ends + 2 > pairs.length) pairs = Arrays.copyOf(pairs, ends + (ends >> 1) + 16);
      pairs[ends] = u;
      pairs[ends + 1] = v;
      ends += 2;
    }
  }

  private int id(byte[] buf, int start, int length, boolean digits, long value) {
    int before = nodes.size();
    int id = nodes.id(buf, start, length, digits, value);
    if (id == before) {
      if (id == firstLines.length) firstLines = Arrays.copyOf(firstLines, 2 * id);
      firstLines[id] = (int) Math.min(lines, Integer.MAX_VALUE);
    }
    return id;
  }

  private static boolean isSeparator(int c) {
    return c == ' ' || c == '\t' || c == ',' || c == '\r';
  }

  /** Whether a weight that is not all digits is a finite number >= 0; records the error when not. */
  private boolean validWeight(String text) {
    // Double.parseDouble also takes "NaN", "Infinity", hex and a trailing 'd' or 'f': only plain decimals pass.
    boolean plain = text.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-');
    try {
      double w = plain ? Double.parseDouble(text) : Double.NaN;
      if (w >= 0 && w < Double.POSITIVE_INFINITY) return true;
    } catch (NumberFormatException e) {
      // reported below
    }
    fail("weight '" + text + "' is not a finite number >= 0");
    return false;
  }

  private void fail(String reason) {
    errorLine = lines;
    error = reason;
  }
}
