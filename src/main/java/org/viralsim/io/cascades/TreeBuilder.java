package org.viralsim.io.cascades;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.viralsim.io.InputFileException;

/** The edges of one cascade as lines give them, checked to form one tree when it is built. */
final class TreeBuilder {
  private final Path file;
  /** Parent of each node that has one, in the order nodes first appear; null for a declared root. */
  private final Map<String, String> parentOf = new LinkedHashMap<>();
  private final Map<String, Long> lineOf = new HashMap<>();
  private final Map<String, List<String>> children = new HashMap<>();
  private final Map<String, Double> timeOf = new HashMap<>();
  /** Nodes seen only as parents so far, with their first line. */
  private final Map<String, Long> parentsOnly = new LinkedHashMap<>();

  TreeBuilder(Path file) { this.file = file; }

  /**
   * @param parent null when the line declares child the root
   * @param time the child's time, NaN when not given
   * @param parentTime the parent's time when the line gives it, else NaN
   */
  void add(long line, String parent, String child, double time, double parentTime) {
    if (parentOf.containsKey(child)) {
      String before = parentOf.get(child);
      throw new InputFileException(file, line, child + " already has " + (before == null ? "no parent (it is the root)"
          : "parent " + before) + " (line " + lineOf.get(child) + "); a node has one parent");
    }
    if (child.equals(parent)) throw new InputFileException(file, line, "cycle: " + child + " is its own parent");
    parentOf.put(child, parent);
    lineOf.put(child, line);
    parentsOnly.remove(child);
    if (!Double.isNaN(time)) timeOf.put(child, time);
    if (parent == null) return;
    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(child);
    if (!parentOf.containsKey(parent)) parentsOnly.putIfAbsent(parent, line);
    if (!Double.isNaN(parentTime)) timeOf.putIfAbsent(parent, parentTime);
  }

  /** The tree, nodes breadth-first from its root; times when every node has one. */
  Cascade build(String id) {
    List<String> roots = new ArrayList<>(parentsOnly.keySet());
    parentOf.forEach((node, parent) -> {
      if (parent == null) roots.add(node);
    });
    if (roots.size() > 1) {
      throw new InputFileException(file, firstLine(roots.get(1)), "cascade " + id + " has a second root, " + roots.get(1)
          + " (the first is " + roots.get(0) + "); a cascade is one tree");
    }
    List<String> order = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    int[] parent = new int[parentOf.size() + (roots.isEmpty() || parentOf.containsKey(roots.get(0)) ? 0 : 1)];
    if (!roots.isEmpty()) {
      order.add(roots.get(0));
      index.put(roots.get(0), 0);
      parent[0] = -1;
    }
    for (int i = 0; i < order.size(); i++) {
      for (String child : children.getOrDefault(order.get(i), List.of())) {
        parent[order.size()] = i;
        index.put(child, order.size());
        order.add(child);
      }
    }
    if (order.size() < parent.length) throw cycle(id, index.keySet());
    return new Cascade(id, parent, times(order));
  }

  private long firstLine(String node) {
    return parentsOnly.containsKey(node) ? parentsOnly.get(node) : lineOf.get(node);
  }

  private double[] times(List<String> order) {
    if (timeOf.isEmpty()) return null;
    double[] time = new double[order.size()];
    double earliest = timeOf.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    for (int i = 0; i < time.length; i++) {
      Double t = timeOf.get(order.get(i));
      if (t == null && i > 0) throw new InputFileException(file, lineOf.get(order.get(i)), "no time for " + order.get(i));
      // A root without a line of its own has no time given: it started no later than its cascade.
      time[i] = t == null ? earliest : t;
    }
    return time;
  }

  /** The nodes the root does not reach hang from a cycle: it is reported at the line of one of its nodes. */
  private InputFileException cycle(String id, Set<String> reached) {
    String node = parentOf.keySet().stream().filter(n -> !reached.contains(n)).findFirst().orElseThrow();
    Set<String> seen = new HashSet<>();
    while (seen.add(node)) node = parentOf.get(node);
    return new InputFileException(file, lineOf.get(node), "cycle in cascade " + id + ": " + node
        + " is its own ancestor");
  }
}
