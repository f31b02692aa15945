package org.viralsim.io.network;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.viralsim.graph.BlockSpill;
import org.viralsim.io.InputFileException;

/**
 * Keeps a builder's edge blocks in a temporary file, deleted when closed (on Linux as soon as it is
 * open, so nothing is left if the process dies): disk is cheaper than holding the pairs beside the
 * graph they become.
 */
final class TempFileSpill implements BlockSpill {
  private final Path source;
  private final Path folder;
  private Path file;
  private FileChannel channel;
  private long[] positions;
  private int[] sizes;
  private ByteBuffer buffer;
  private int[] ints;

  /**
   * @param source the edge list whose edges these are, named in errors
   * @param folder where the temporary file goes
   */
  TempFileSpill(Path source, Path folder) {
    this.source = source;
    this.folder = folder;
  }

  /** A spill in java.io.tmpdir. */
  static TempFileSpill inTempFolder(Path source) {
    return new TempFileSpill(source, Path.of(System.getProperty("java.io.tmpdir")));
  }

  @Override
  public void keep(List<int[]> blocks, List<Integer> blockSizes) {
    positions = new long[blocks.size()];
    sizes = blockSizes.stream().mapToInt(Integer::intValue).toArray();
    int largest = 0;
    for (int s : sizes) largest = Math.max(largest, s);
    buffer = ByteBuffer.allocateDirect(4 * largest).order(ByteOrder.nativeOrder());
    ints = new int[largest];
    try {
      file = Files.createTempFile(folder, "viralsim-edges-", ".tmp");
      channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE,
          StandardOpenOption.DELETE_ON_CLOSE);
      long at = 0;
      for (int b = 0; b < sizes.length; b++) {
        positions[b] = at;
        buffer.clear();
        buffer.asIntBuffer().put(blocks.get(b), 0, sizes[b]);
        buffer.limit(4 * sizes[b]);
        while (buffer.hasRemaining()) at += channel.write(buffer, at);
      }
    } catch (IOException e) {
      close();
      throw failure(e);
    }
  }

  @Override
  public int[] read(int block) {
    buffer.clear().limit(4 * sizes[block]);
    try {
      for (long at = positions[block]; buffer.hasRemaining(); ) {
        int n = channel.read(buffer, at);
        if (n < 0) throw new IOException("temporary file " + file + " ended early");
        at += n;
      }
    } catch (IOException e) {
      throw failure(e);
    }
    buffer.flip();
    buffer.asIntBuffer().get(ints, 0, sizes[block]);
    return ints;
  }

  private InputFileException failure(IOException e) {
    return new InputFileException(source, "cannot hold its edges in a temporary file in "
        + folder + " while building the network (" + e.getMessage() + ")");
  }

  @Override
  public void close() {
    try {
      if (channel != null) channel.close();
      if (file != null) Files.deleteIfExists(file);
    } catch (IOException e) {
      // Deleted on close already, or removed with the temporary folder: nothing is lost.
    } finally {
      channel = null;
      buffer = null;
    }
  }
}
