package org.viralsim.io.network;

import it.unimi.dsi.webgraph.ArrayListMutableGraph;
import it.unimi.dsi.webgraph.BVGraph;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Small graphs stored in the WebGraph compressed format, for tests. */
public final class WebGraphFiles {
  private WebGraphFiles() {}

  /** A graph's node count and its distinct arcs x->y, in the order drawn. */
  public record Arcs(int nodes, List<int[]> arcs) {}

  /**
   * Random arcs on 2 to 80 nodes, with self-loops, reciprocal pairs and isolated nodes likely, no
   * arc twice (a WebGraph graph cannot hold one twice).
   */
  public static Arcs random(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 2 + random.nextInt(79);
    int wanted = 1 + random.nextInt(3 * n);
    Set<List<Integer>> seen = new LinkedHashSet<>();
    List<int[]> arcs = new ArrayList<>();
    for (int k = 0; k < wanted; k++) {
      int x = random.nextInt(n);
      int y = random.nextInt(10) == 0 ? x : random.nextInt(n);
      if (seen.add(List.of(x, y))) arcs.add(new int[] {x, y});
      if (x != y && random.nextInt(4) == 0 && seen.add(List.of(y, x))) arcs.add(new int[] {y, x});
    }
    return new Arcs(n, arcs);
  }

  /** Stores the arcs as basename.graph, .offsets and .properties in dir; returns the basename. */
  public static Path store(Path dir, String name, Arcs graph) {
    Path basename = dir.resolve(name);
    try {
      BVGraph.store(new ArrayListMutableGraph(graph.nodes(), graph.arcs().toArray(int[][]::new)).immutableView(),
          basename.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return basename;
  }
}
