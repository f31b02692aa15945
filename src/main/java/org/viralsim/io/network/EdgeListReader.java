package org.viralsim.io.network;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Self-loops and repeated edges are dropped and counted. A file in the binary graph format
 * ({@link BinaryGraphFormat}) is recognised by its first bytes and loaded as it is.
 *
 * <p>The text is cut at line ends into chunks that are parsed on all cores ({@link EdgeChunk}); the
 * chunks' node ids are merged in file order, so the graph, its numbering and the first bad line
 * reported are those of reading the file line by line.
 */
public final class EdgeListReader {
  private static final int CHUNK = 1 << 24;

  private final Path file;
  private final GraphBuilder builder;
  private final NodeIndex nodes = new NodeIndex();
  private long line; // lines before the chunk being merged
  private boolean weighted;
  // Buffers and chunk indexes go back for reuse: allocating them per chunk made garbage collection
  // take as long as parsing.
  private final Queue<byte[]> buffers = new ConcurrentLinkedQueue<>();
  private final Queue<NodeIndex> indexes = new ConcurrentLinkedQueue<>();

  private EdgeListReader(Path file, boolean directed) {
    this.file = file;
    this.builder = new GraphBuilder(directed, 1 << 16).dropSelfLoops().dropDuplicates()
        .spillTo(() -> TempFileSpill.inTempFolder(file));
  }

  /**
   * @param directed true: a line "u v" adds the arc u->v (v follows u); false: both arcs
   * @throws InputFileException naming the file, and the line when one is at fault
   */
  public static LoadedGraph read(Path file, boolean directed) {
    return read(file, directed, CHUNK);
  }

  /** As {@link #read(Path, boolean)}, cutting the text into chunks of about chunkBytes (tests use small ones). */
  static LoadedGraph read(Path file, boolean directed, int chunkBytes) {
    if (Files.isDirectory(file)) throw new InputFileException(file, "is a directory, not an edge list");
    if (BinaryGraphFormat.isBinary(file)) return BinaryGraphReader.read(file, directed);
    EdgeListReader reader = new EdgeListReader(file, directed);
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "edge-list-parser");
      t.setDaemon(true);
      return t;
    });
    try (InputStream in = open(file)) {
      reader.parse(in, pool, threads, chunkBytes);
    } catch (IOException e) {
      throw InputFileException.unreadable(file, e);
    } finally {
      pool.shutdownNow();
    }
    return reader.finish();
  }

  /**
   * The file's lines, decompressed when it is gzip-compressed, whatever its name: a compressed file
   * without .gz would otherwise be read as text, its bytes echoed in the error.
   */
  public static InputStream open(Path file) throws IOException {
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

  /** Cuts the input into chunks of whole lines, parses them on the pool and merges them in order. */
  private void parse(InputStream in, ExecutorService pool, int threads, int chunkBytes) throws IOException {
    Deque<Future<EdgeChunk>> pending = new ArrayDeque<>();
    byte[] buf = new byte[chunkBytes];
    int filled = 0;
    while (true) {
      filled += in.readNBytes(buf, filled, buf.length - filled);
      if (filled < buf.length) { // end of input: the last line may lack its newline
        pending.add(submit(pool, buf, filled));
        break;
      }
      int end = lastNewline(buf, filled) + 1;
      if (end == 0) { // one line fills the buffer
        buf = Arrays.copyOf(buf, buf.length * 2);
        continue;
      }
      byte[] next = buffers.poll();
      if (next == null || next.length < filled - end + 1) next = new byte[Math.max(chunkBytes, filled - end + 1)];
      System.arraycopy(buf, end, next, 0, filled - end);
      pending.add(submit(pool, buf, end));
      filled -= end;
      buf = next;
      // Chunks in flight are bounded so memory is too; merging the oldest lets the others go on.
      if (pending.size() > threads) merge(take(pending.poll()));
    }
    while (!pending.isEmpty()) merge(take(pending.poll()));
  }

  /** Parses buf[0, end) on the pool, then gives buf back for reuse. */
  private Future<EdgeChunk> submit(ExecutorService pool, byte[] buf, int end) {
    return pool.submit(() -> {
      NodeIndex index = indexes.poll();
      EdgeChunk chunk = EdgeChunk.parse(buf, end, index != null ? index : new NodeIndex());
      buffers.add(buf);
      return chunk;
    });
  }

  private static int lastNewline(byte[] buf, int filled) {
    int i = filled - 1;
    while (i >= 0 && buf[i] != '\n') i--;
    return i;
  }

  private static EdgeChunk take(Future<EdgeChunk> chunk) {
    try {
      return chunk.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading an edge list", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err; // out of memory is reported as such
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Gives the chunk's nodes their ids in the file, in the order they first appear, and hands its
   * edges to the builder; the chunk's first bad line, if any, is reported with its line in the file.
   */
  private void merge(EdgeChunk chunk) {
    int[] ids = new int[chunk.nodes.size()];
    for (int local = 0; local < ids.length; local++) {
      // A line's ids are numbered before the line is checked: too many nodes is the first error on a tie.
      if (chunk.errorLine > 0 && chunk.errorLine < chunk.firstLines[local]) break;
      try {
        ids[local] = nodes.idOf(chunk.nodes, local);
      } catch (IllegalArgumentException e) { // too many nodes
        throw new InputFileException(file, line + chunk.firstLines[local], e.getMessage());
      }
    }
    if (chunk.errorLine > 0) throw new InputFileException(file, line + chunk.errorLine, chunk.error);
    int[] pairs = chunk.pairs;
    for (int i = 0; i < chunk.ends; i++) pairs[i] = ids[pairs[i]];
    builder.addAll(pairs, chunk.ends);
    chunk.nodes.clear();
    indexes.add(chunk.nodes);
    weighted |= chunk.weighted;
    line += chunk.lines;
  }

  private LoadedGraph finish() {
    // Parsing is over: what was kept for reuse would only crowd the arcs being placed.
    buffers.clear();
    indexes.clear();
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
