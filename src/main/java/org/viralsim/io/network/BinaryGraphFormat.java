package org.viralsim.io.network;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The binary graph file (docs/graph-files.md): a graph as the engine holds it, so it loads at the
 * speed of the disk. Little-endian throughout:
 *
 * <pre>
 * byte 0   8 bytes  magic 0x89 'V' 'S' 'G' 'R' 'A' 'P' 'H'
 *      8   int32    version (1)
 *      12  int32    flags: 1 directed, 2 labels, 4 weighted (the edge list had weights)
 *      16  int64    nodes n
 *      24  int64    arcs a
 *      32  int64    edges read, self-loops dropped, repeated edges dropped (3 x int64)
 *      56  n int32  each node's out-degree (followers)
 *          a int32  the followers of node 0, then of node 1, ...
 *          labels (flag 2): n int64, each node's numeric id or -1; then for each node whose id
 *          is text, in node order, an int32 byte count and the id in UTF-8
 * </pre>
 */
final class BinaryGraphFormat {
  static final byte[] MAGIC = {(byte) 0x89, 'V', 'S', 'G', 'R', 'A', 'P', 'H'};
  static final int VERSION = 1;
  static final int DIRECTED = 1;
  static final int LABELS = 2;
  static final int WEIGHTED = 4;
  static final int HEADER_BYTES = 56;
  static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;
  /** Bytes moved per read or write: large enough for disk speed, small enough to stay off the heap's mind. */
  static final int BUFFER = 1 << 23;

  private BinaryGraphFormat() {}

  /** Whether the file starts with the magic bytes (false for a missing or unreadable file: the text reader says why). */
  static boolean isBinary(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
    } catch (IOException e) {
      return false;
    }
  }
}
