package org.viralsim.io.network;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.viralsim.io.network.BinaryGraphFormat.BUFFER;
import static org.viralsim.io.network.BinaryGraphFormat.DIRECTED;
import static org.viralsim.io.network.BinaryGraphFormat.HEADER_BYTES;
import static org.viralsim.io.network.BinaryGraphFormat.LABELS;
import static org.viralsim.io.network.BinaryGraphFormat.WEIGHTED;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.viralsim.config.NetworkSpec;
import org.viralsim.graph.BuildStats;
import org.viralsim.graph.Graph;
import org.viralsim.graph.GraphBuilder;
import org.viralsim.graph.NodeLabels;
import org.viralsim.io.InputFileException;

/**
 * Loads a binary graph file ({@link BinaryGraphFormat}) straight into the CSR arrays, in large
 * chunks, checking every field as it goes: a truncated, corrupt or foreign file is reported with
 * the byte offset at fault, never loaded half-way.
 */
final class BinaryGraphReader {
  private final Path file;
  private final FileChannel channel;
  private final long size;
  private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(BinaryGraphFormat.ORDER);
  private long position; // file offset of the next byte the buffer gives

  private BinaryGraphReader(Path file, FileChannel channel) throws IOException {
    this.file = file;
    this.channel = channel;
    this.size = channel.size();
    buffer.limit(0);
  }

  static LoadedGraph read(Path file, boolean directed) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return new BinaryGraphReader(file, channel).load(directed);
    } catch (IOException e) {
      throw new InputFileException(file, "cannot read: " + e.getMessage());
    }
  }

  private LoadedGraph load(boolean directed) throws IOException {
    skip(BinaryGraphFormat.MAGIC.length);
    int version = readInt();
    if (version != BinaryGraphFormat.VERSION) {
      throw fault(8, "version " + version + " of the binary graph format; this build reads version " + BinaryGraphFormat.VERSION);
    }
    int flags = readInt();
    if ((flags & ~(DIRECTED | LABELS | WEIGHTED)) != 0) throw fault(12, String.format("unknown flags 0x%x", flags));
    boolean fileDirected = (flags & DIRECTED) != 0;
    if (fileDirected != directed) {
      throw new InputFileException(file, "holds " + (fileDirected ? "a directed" : "an undirected") + " graph, but is read as "
          + (directed ? "directed" : "undirected") + " (network.directed: " + directed + ")");
    }
    long n = readLong();
    if (n < 0 || n > NetworkSpec.MAX_NODES) throw fault(16, n + " nodes; at most " + NetworkSpec.MAX_NODES + " are allowed");
    long arcs = readLong();
    if (arcs < 0 || arcs > GraphBuilder.MAX_ARCS) throw fault(24, arcs + " arcs; at most " + GraphBuilder.MAX_ARCS + " fit in a graph");
    BuildStats stats = new BuildStats(readLong(), readLong(), readLong());
    long minimum = HEADER_BYTES + 4 * (n + arcs) + ((flags & LABELS) != 0 ? 8 * n : 0);
    if (size < minimum) {
      throw fault(size, "the file ends early: " + n + " nodes and " + arcs + " arcs take at least " + minimum + " bytes");
    }
    int nodes = (int) n;
    int[] offsets = new int[nodes + 1];
    readInts(offsets, 1, nodes);
    for (int u = 0; u < nodes; u++) {
      if (offsets[u + 1] < 0) throw fault(HEADER_BYTES + 4L * u, "node " + u + " has a negative degree " + offsets[u + 1]);
      long end = (long) offsets[u] + offsets[u + 1];
      if (end > arcs) throw fault(HEADER_BYTES + 4L * u, "degrees add up to more than the " + arcs + " arcs of the header");
      offsets[u + 1] = (int) end;
    }
    if (offsets[nodes] != arcs) throw fault(24, "the header says " + arcs + " arcs, the degrees add up to " + offsets[nodes]);
    int[] targets = new int[(int) arcs];
    long targetsAt = position;
    readInts(targets, 0, targets.length);
    for (int i = 0; i < targets.length; i++) {
      if (Integer.compareUnsigned(targets[i], nodes) >= 0) {
        throw fault(targetsAt + 4L * i, "follower " + targets[i] + " is not a node (there are " + nodes + ")");
      }
    }
    NodeLabels labels = (flags & LABELS) != 0 ? readLabels(nodes) : null;
    if (position != size) throw fault(position, (size - position) + " bytes after the end of the graph");
    Graph graph = Graph.withLabels(offsets, targets, labels, directed);
    return new LoadedGraph(graph, stats, (flags & WEIGHTED) != 0);
  }

  private NodeLabels readLabels(int nodes) throws IOException {
    long[] numbers = new long[nodes];
    String[] texts = null;
    for (int u = 0; u < nodes; u++) numbers[u] = readLong();
    for (int u = 0; u < nodes; u++) {
      if (numbers[u] >= 0) continue;
      if (texts == null) texts = new String[nodes];
      long at = position;
      int length = readInt();
      if (length < 0 || length > size - position) throw fault(at, "label of node " + u + " has a bad length " + length);
      byte[] bytes = new byte[length];
      for (int i = 0; i < length; i++) bytes[i] = next(1).get();
      texts[u] = new String(bytes, UTF_8);
    }
    return new NodeLabels(numbers, texts);
  }

  private InputFileException fault(long offset, String reason) {
    return new InputFileException(file, "byte " + offset + ": " + reason);
  }

  /** The buffer with at least count bytes left (count at most 8), refilled from the file as needed. */
  private ByteBuffer next(int count) throws IOException {
    if (buffer.remaining() < count) {
      buffer.compact();
      while (buffer.position() < count) {
        if (channel.read(buffer) < 0) {
          throw fault(position, "the file ends early, in the middle of a field");
        }
      }
      buffer.flip();
    }
    position += count;
    return buffer;
  }

  private void skip(int bytes) throws IOException { next(bytes).position(buffer.position() + bytes); }

  private int readInt() throws IOException { return next(4).getInt(); }

  private long readLong() throws IOException { return next(8).getLong(); }

  /** Reads count ints into dst from index from, a buffer at a time. */
  private void readInts(int[] dst, int from, int count) throws IOException {
    int done = 0;
    while (done < count) {
      next(4);
      position -= 4; // counted below, with the rest of the ints taken
      int take = Math.min(count - done, buffer.remaining() / 4);
      buffer.asIntBuffer().get(dst, from + done, take);
      buffer.position(buffer.position() + 4 * take);
      position += 4L * take;
      done += take;
    }
  }
}
