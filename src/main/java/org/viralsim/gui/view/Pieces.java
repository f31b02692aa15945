package org.viralsim.gui.view;

import java.util.Arrays;
import java.util.Comparator;

/** The connected pieces of a graph. */
final class Pieces {
  private Pieces() {}

  /** The nodes of each piece, ascending; largest piece first, ties in order of their lowest node. */
  static int[][] of(Subgraph graph) {
    int n = graph.size();
    int[] pieceOf = new int[n];
    Arrays.fill(pieceOf, -1);
    int[] queue = new int[n];
    int[] sizes = new int[n];
    int count = 0;
    for (int s = 0; s < n; s++) {
      if (pieceOf[s] >= 0) continue;
      pieceOf[s] = count;
      queue[0] = s;
      int tail = 1;
      for (int head = 0; head < tail; head++) {
        int u = queue[head];
        for (int link = graph.start(u); link < graph.end(u); link++) {
          int v = graph.target(link);
          if (pieceOf[v] < 0) {
            pieceOf[v] = count;
            queue[tail++] = v;
          }
        }
      }
      sizes[count++] = tail;
    }
    int[][] members = new int[count][];
    for (int p = 0; p < count; p++) members[p] = new int[sizes[p]];
    int[] filled = new int[count];
    for (int u = 0; u < n; u++) members[pieceOf[u]][filled[pieceOf[u]]++] = u;
    Arrays.sort(members, Comparator.comparingInt((int[] m) -> -m.length)); // stable: ties keep their order
    return members;
  }
}
