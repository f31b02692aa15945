package org.viralsim.io.network;

import it.unimi.dsi.webgraph.ImmutableGraph;
import it.unimi.dsi.webgraph.NodeIterator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import org.viralsim.config.Arcs;
import org.viralsim.config.NetworkSpec;
import org.viralsim.graph.Graph;
import org.viralsim.io.InputFileException;

/**
 * Reads a graph in the WebGraph compressed format (basename.properties and basename.graph, as the
 * Laboratory for Web Algorithmics publishes them) into the compact graph. The graph is decoded
 * sequentially, so besides the result only WebGraph's small streaming state is held: the arcs go
 * straight into the preallocated CSR arrays, in one pass when they are read as stored and in two
 * (count, then fill) when they are transposed or read both ways. Nodes keep the graph's numbers
 * 0 .. n-1 and have no labels; each node's followers come out sorted. Self-loops are dropped, as
 * the edge-list reader drops them.
 */
public final class WebGraphReader {
  /** Largest int array the JVM reliably allocates, as in the graph builder. */
  static final long MAX_ARCS = Integer.MAX_VALUE - 8;

  private final Path properties;
  private final Path file;
  private final int nodes;
  private final long arcs;
  private final ImmutableGraph graph;

  /** What a pass over the graph does with each node's successors (self-loops included). */
  private interface NodeVisitor {
    void visit(int u, int[] successors, int outdegree);
  }

  private WebGraphReader(Path basename) {
    this.properties = withSuffix(basename, ".properties");
    this.file = withSuffix(basename, ".graph");
    Properties p = loadProperties(properties);
    this.nodes = (int) count(p, "nodes", NetworkSpec.MAX_NODES);
    this.arcs = count(p, "arcs", Long.MAX_VALUE);
    if (p.getProperty("graphclass") == null) throw new InputFileException(properties, "has no graphclass: not a WebGraph graph");
    if (!Files.isRegularFile(file)) throw new InputFileException(file, "no such file");
    if (!Files.isReadable(file)) throw new InputFileException(file, "permission denied");
    try {
      this.graph = ImmutableGraph.loadOffline(basename.toString());
    } catch (IOException | RuntimeException e) {
      throw new InputFileException(properties, "cannot open the graph: " + reason(e));
    }
  }

  /**
   * Reads the graph whose files are {@code basename.properties} and {@code basename.graph}.
   *
   * @param arcs     what an arc x->y means: {@code FOLLOWERS} keeps it as x->y, {@code FOLLOWS} turns it into y->x
   * @param directed false to read every arc both ways (a pair of opposite arcs becomes one edge)
   * @throws InputFileException naming the file at fault and why, e.g. more arcs than a graph can hold
   */
  public static Graph read(Path basename, Arcs arcs, boolean directed) {
    WebGraphReader reader = new WebGraphReader(basename);
    Graph g;
    if (!directed) g = reader.bothWays();
    else if (arcs == Arcs.FOLLOWS) g = reader.transposed();
    else g = reader.asStored();
    if (g.arcCount() == 0) throw new InputFileException(reader.file, "contains no arcs besides self-loops");
    return g;
  }

  private static Path withSuffix(Path basename, String suffix) {
    return basename.resolveSibling(basename.getFileName() + suffix);
  }

  private static Properties loadProperties(Path file) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
    } catch (IOException e) {
      throw InputFileException.unreadable(file, e);
    } catch (IllegalArgumentException e) { // a malformed \\u escape
      throw new InputFileException(file, "cannot read: " + e.getMessage());
    }
    return p;
  }

  private long count(Properties p, String key, long max) {
    String text = p.getProperty(key);
    if (text == null) throw new InputFileException(properties, "has no " + key + ": not a WebGraph graph");
    long value;
    try {
      value = Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      throw new InputFileException(properties, key + " must be a whole number, was \"" + text + "\"");
    }
    if (value < 0) throw new InputFileException(properties, key + " must not be negative, was " + value);
    if (value > max) {
      throw new InputFileException(properties, "has " + grouped(value) + " " + key + ", more than the "
          + grouped(max) + " viralsim can hold");
    }
    return value;
  }

  /** Arcs as stored: one pass, each node's kept successors appended after the previous node's. */
  private Graph asStored() {
    checkArcs(arcs, "");
    int[] offsets = new int[nodes + 1];
    int[] targets = new int[(int) arcs];
    scan((u, successors, outdegree) -> {
      int w = offsets[u];
      for (int i = 0; i < outdegree; i++) if (successors[i] != u) targets[w++] = successors[i];
      offsets[u + 1] = w;
    });
    return Graph.withLabels(offsets, trimmed(targets, offsets[nodes]), null, true);
  }

  /**
   * Arcs turned round: a first pass counts each node's predecessors, a second places them. Since
   * nodes come in increasing order, each node's list is filled sorted.
   */
  private Graph transposed() {
    checkArcs(arcs, "");
    int[] offsets = new int[nodes + 1];
    scan((u, successors, outdegree) -> {
      for (int i = 0; i < outdegree; i++) if (successors[i] != u) offsets[successors[i]]++;
    });
    int total = startsFromCounts(offsets);
    int[] targets = new int[total];
    scan((u, successors, outdegree) -> {
      for (int i = 0; i < outdegree; i++) if (successors[i] != u) targets[offsets[successors[i]]++] = u;
    });
    // offsets[v] now holds the end of v's list, which is where v + 1's starts.
    System.arraycopy(offsets, 0, offsets, 1, nodes);
    offsets[0] = 0;
    return Graph.withLabels(offsets, targets, null, true);
  }

  /**
   * Every arc both ways. Each node's list is laid out as its successors (sorted, written when the
   * node is read) followed by its predecessors (placed from the end backwards, so in decreasing
   * order); the two sorted runs are then merged in place, a pair of opposite arcs kept once.
   */
  private Graph bothWays() {
    checkArcs(2 * arcs, " read both ways (directed: false)");
    int[] offsets = new int[nodes + 1];
    scan((u, successors, outdegree) -> {
      for (int i = 0; i < outdegree; i++) {
        if (successors[i] == u) continue;
        offsets[u]++;
        offsets[successors[i]]++;
      }
    });
    int total = startsFromCounts(offsets);
    offsets[nodes] = total;
    int[] split = Arrays.copyOfRange(offsets, 1, nodes + 1); // predecessors go backwards from each list's end
    int[] targets = new int[total];
    scan((u, successors, outdegree) -> {
      int w = offsets[u];
      for (int i = 0; i < outdegree; i++) {
        int v = successors[i];
        if (v == u) continue;
        targets[w++] = v;
        targets[--split[v]] = u;
      }
    });
    int kept = mergeRuns(offsets, split, targets);
    return Graph.withLabels(offsets, trimmed(targets, kept), null, false);
  }

  /**
   * Merges each node's two runs, [start, split) increasing and [split, end) decreasing, into one
   * increasing list without repeats, compacting the lists to the left and rewriting offsets. The
   * write position never reaches an unread entry: the first run is copied aside, the second is
   * turned round to be read forwards, and no more is written than has been read.
   */
  private int mergeRuns(int[] offsets, int[] split, int[] targets) {
    int[] first = new int[16];
    int w = 0;
    for (int u = 0; u < nodes; u++) {
      int start = offsets[u];
      int end = offsets[u + 1];
      int mid = split[u];
      offsets[u] = w;
      int firstLength = mid - start;
      if (firstLength > first.length) first = new int[Math.max(firstLength, 2 * first.length)];
      System.arraycopy(targets, start, first, 0, firstLength);
      reverse(targets, mid, end);
      int i = 0;
      int j = mid;
      int last = -1;
      while (i < firstLength || j < end) {
        int next = j == end || (i < firstLength && first[i] < targets[j]) ? first[i++] : targets[j++];
        if (next != last) targets[w++] = next;
        last = next;
      }
    }
    offsets[nodes] = w;
    return w;
  }

  private static void reverse(int[] a, int from, int to) {
    for (int i = from, j = to - 1; i < j; i++, j--) {
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** Turns per-node counts in offsets[0, n) into start positions; returns the total. */
  private int startsFromCounts(int[] offsets) {
    long total = 0;
    for (int v = 0; v < nodes; v++) {
      int count = offsets[v];
      offsets[v] = (int) total;
      total += count;
    }
    return (int) total; // at most MAX_ARCS, checked against the properties before counting
  }

  private static int[] trimmed(int[] targets, int length) {
    return length == targets.length ? targets : Arrays.copyOf(targets, length);
  }

  private void checkArcs(long needed, String how) {
    if (needed > MAX_ARCS) {
      throw new InputFileException(properties, "has " + grouped(arcs) + " arcs" + how + ", more than the "
          + grouped(MAX_ARCS) + " arcs viralsim can hold");
    }
  }

  /**
   * One pass over the graph in node order, checking what is decoded against the properties, so a
   * damaged file fails with a reason rather than filling the arrays with nonsense.
   */
  private void scan(NodeVisitor visitor) {
    long seen = 0;
    int expected = 0;
    try {
      NodeIterator it = graph.nodeIterator();
      while (expected < nodes && it.hasNext()) {
        int u = it.nextInt();
        int outdegree = it.outdegree();
        if (u != expected) throw corrupt("node " + expected + " is missing");
        if (outdegree < 0 || outdegree > nodes || seen + outdegree > arcs) {
          throw corrupt("node " + u + " has " + outdegree + " successors; the properties give " + grouped(arcs) + " arcs in all");
        }
        int[] successors = it.successorArray();
        int previous = -1;
        for (int i = 0; i < outdegree; i++) {
          int v = successors[i];
          if (v <= previous || v >= nodes) throw corrupt("node " + u + " has successor " + v + " out of order or range");
          previous = v;
        }
        visitor.visit(u, successors, outdegree);
        seen += outdegree;
        expected++;
      }
    } catch (InputFileException e) {
      throw e;
    } catch (RuntimeException e) { // decoding damaged bits can fail in any way
      throw corrupt("cannot decode node " + expected + ": " + reason(e));
    }
    if (expected < nodes) throw corrupt("ends after " + grouped(expected) + " of its " + grouped(nodes) + " nodes");
    if (seen != arcs) throw corrupt("holds " + grouped(seen) + " arcs; its properties give " + grouped(arcs));
  }

  private InputFileException corrupt(String detail) {
    return new InputFileException(file, "is damaged or does not match " + properties.getFileName() + ": " + detail);
  }

  /** The innermost cause, as its type and message: WebGraph wraps what went wrong. */
  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static String grouped(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
