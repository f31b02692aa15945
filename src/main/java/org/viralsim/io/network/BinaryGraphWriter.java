package org.viralsim.io.network;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.viralsim.graph.BuildStats;
import org.viralsim.graph.Graph;
import org.viralsim.io.OutputException;

/**
 * Writes a binary graph file ({@link BinaryGraphFormat}) into a hidden sibling of its name, renamed
 * into place by {@link #commit}: the file appears complete or not at all. The graph can be streamed
 * (header, then degrees, then followers), so a generated graph never has to be held in memory.
 */
public final class BinaryGraphWriter implements AutoCloseable {
  private final Path out;
  private final Path partial;
  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocateDirect(BinaryGraphFormat.BUFFER).order(BinaryGraphFormat.ORDER);
  private boolean committed;

  /** Opens the hidden file next to out (replacing a leftover one) and writes the header. */
  public BinaryGraphWriter(Path out, long nodes, long arcs, boolean directed, boolean labels, boolean weighted,
      BuildStats stats) {
    this.out = out;
    Path dir = out.toAbsolutePath().getParent();
    this.partial = dir.resolve("." + out.getFileName() + ".partial");
    try {
      channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      throw new OutputException(out + ": cannot write: " + e.getMessage());
    }
    buffer.put(BinaryGraphFormat.MAGIC).putInt(BinaryGraphFormat.VERSION)
        .putInt((directed ? BinaryGraphFormat.DIRECTED : 0) | (labels ? BinaryGraphFormat.LABELS : 0)
            | (weighted ? BinaryGraphFormat.WEIGHTED : 0))
        .putLong(nodes).putLong(arcs).putLong(stats.edges()).putLong(stats.selfLoops()).putLong(stats.duplicates());
  }

  /** Writes a loaded graph to out, with its labels and what loading it dropped. */
  public static void write(Path out, LoadedGraph loaded) {
    Graph g = loaded.graph();
    try (BinaryGraphWriter w = new BinaryGraphWriter(out, g.nodeCount(), g.arcCount(), g.directed(), g.hasLabels(),
        loaded.weighted(), loaded.stats())) {
      for (int u = 0; u < g.nodeCount(); u++) w.putInt(g.outDegree(u));
      w.ints(g.targets(), 0, (int) g.arcCount());
      if (g.hasLabels()) w.labels(g);
      w.commit();
    }
  }

  /** Appends count ints of values from index from. */
  public void ints(int[] values, int from, int count) {
    int done = 0;
    while (done < count) {
      if (buffer.remaining() < 4) flush();
      int take = Math.min(count - done, buffer.remaining() / 4);
      buffer.asIntBuffer().put(values, from + done, take);
      buffer.position(buffer.position() + 4 * take);
      done += take;
    }
  }

  /** Appends one int. */
  public void putInt(int value) {
    if (buffer.remaining() < 4) flush();
    buffer.putInt(value);
  }

  private void putLong(long value) {
    if (buffer.remaining() < 8) flush();
    buffer.putLong(value);
  }

  private void labels(Graph g) {
    int n = g.nodeCount();
    for (int u = 0; u < n; u++) putLong(numeric(g.label(u)));
    for (int u = 0; u < n; u++) {
      String label = g.label(u);
      if (numeric(label) >= 0) continue;
      byte[] bytes = label.getBytes(UTF_8);
      putInt(bytes.length);
      for (byte b : bytes) {
        if (!buffer.hasRemaining()) flush();
        buffer.put(b);
      }
    }
  }

  /** A label's value when it is a canonical number as the edge-list reader keys them (at most 18 digits), else -1. */
  private static long numeric(String label) {
    return label.matches("0|[1-9][0-9]{0,17}") ? Long.parseLong(label) : -1;
  }

  private void flush() {
    buffer.flip();
    try {
      while (buffer.hasRemaining()) channel.write(buffer);
    } catch (IOException e) {
      throw new OutputException(out + ": cannot write: " + e.getMessage());
    }
    buffer.clear();
  }

  /** Writes what is buffered, syncs it to disk and renames the file into place. */
  public void commit() {
    flush();
    try {
      channel.force(true);
      channel.close();
      try {
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new OutputException(out + ": cannot write: " + e.getMessage());
    }
    committed = true;
  }

  /** Removes the hidden file unless it was committed. */
  @Override
  public void close() {
    if (committed) return;
    try {
      channel.close();
      Files.deleteIfExists(partial);
    } catch (IOException e) {
      // the error that stopped the writing is the one to report
    }
  }
}
