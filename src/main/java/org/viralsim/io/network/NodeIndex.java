package org.viralsim.io.network;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.viralsim.config.NetworkSpec;
import org.viralsim.graph.LongIntMap;
import org.viralsim.graph.NodeLabels;

/**
 * Gives node tokens dense ids in order of first appearance and keeps each token as its label. The
 * token text is the key: canonical digit strings (no leading zero, at most 18 digits) are keyed by
 * their value, anything else by its text, so "7" and "007" are two nodes. Small numbers index a
 * plain array, which stays in cache where hash probes would not; larger ones go to a primitive map.
 * A file read in parallel has one index per chunk, whose ids are then merged in file order into the
 * file's index ({@link #idOf}), so the numbering is that of reading the file from start to end.
 */
final class NodeIndex {
  private static final int MAX_DIGITS = 18; // every 18-digit number fits in a long
  private static final int MAX_DIRECT = 1 << 26;

  private int[] direct = new int[1 << 16]; // id + 1 of each small number seen, 0 if unseen
  private final LongIntMap numeric = new LongIntMap(1 << 16);
  private final Map<String, Integer> others = new HashMap<>();
  private long[] numbers = new long[1 << 16]; // a node's numeric id, or -1 when its id is text
  private String[] texts; // text ids by node, created with the first one
  private int size;

  /**
   * The id of the token buf[start, start + length).
   *
   * @param digits whether the token is all ASCII digits
   * @param value  the token's value when digits is true and it has at most 18 digits
   */
  int id(byte[] buf, int start, int length, boolean digits, long value) {
    if (digits && length <= MAX_DIGITS && (length == 1 || buf[start] != '0')) return numberId(value);
    String token = new String(buf, start, length, UTF_8);
    Integer id = others.putIfAbsent(token, size);
    return id != null ? id : add(-1, token);
  }

  /** The id of the node that has id local in other, adding it when new. */
  int idOf(NodeIndex other, int local) {
    long number = other.numbers[local];
    if (number >= 0) return numberId(number);
    String token = other.texts[local];
    Integer id = others.putIfAbsent(token, size);
    return id != null ? id : add(-1, token);
  }

  private int numberId(long value) {
    if (value >= direct.length) {
      if (value >= directLimit()) {
        int id = numeric.putIfAbsent(value, size);
        return id != LongIntMap.MISSING ? id : add(value, null);
      }
      direct = Arrays.copyOf(direct, (int) Math.max(value + 1, Math.min(2L * direct.length, directLimit())));
    }
    int id = direct[(int) value] - 1;
    if (id < 0) {
      id = numeric.get(value); // it may have gone to the map before the array grew to cover it
      if (id == LongIntMap.MISSING) id = add(value, null);
      direct[(int) value] = id + 1;
    }
    return id;
  }

  /** The array may span up to 8 ints per node, about what the map would take. */
  private long directLimit() { return Math.min(MAX_DIRECT, 8L * size + (1 << 16)); }

  private int add(long number, String text) {
    if (size == NetworkSpec.MAX_NODES) throw new IllegalArgumentException("more than " + NetworkSpec.MAX_NODES + " nodes");
    if (size == numbers.length) {
      numbers = Arrays.copyOf(numbers, size * 2);
      if (texts != null) texts = Arrays.copyOf(texts, size * 2);
    }
    if (text != null && texts == null) texts = new String[numbers.length];
    numbers[size] = number;
    if (text != null) texts[size] = text;
    return size++;
  }

  int size() { return size; }

  /** Forgets every node, keeping the arrays, so a chunk's index can serve the next chunk. */
  void clear() {
    for (int u = 0; u < size; u++) {
      if (numbers[u] >= 0 && numbers[u] < direct.length) direct[(int) numbers[u]] = 0;
    }
    numeric.clear();
    others.clear();
    texts = null;
    size = 0;
  }

  NodeLabels labels() {
    return new NodeLabels(Arrays.copyOf(numbers, size), texts == null ? null : Arrays.copyOf(texts, size));
  }
}
