package org.viralsim.config;

import java.util.List;

/**
 * Which network users sit on. An edge u->v means v follows u (v sees what u posts). Generated
 * networks are undirected (both follow each other). {@link #seed()} is null when each replication
 * draws its own network from its own seed, or fixes one network shared by all replications.
 */
public sealed interface NetworkSpec {
  /** The YAML/JSON value of {@code network.type}. */
  String type();

  /** Every {@link #type()}, in the order the docs list them. */
  List<String> TYPES = List.of("erdos_renyi", "watts_strogatz", "barabasi_albert", "powerlaw", "sbm", "edge_list", "webgraph");

  /** Seed of a network shared by all replications, or null for one network per replication. */
  Long seed();

  /** Whether the network is read from a file, its size known only once read, rather than generated. */
  default boolean fromFile() { return false; }

  int MAX_NODES = 50_000_000;

  static int checkNodes(int nodes) {
    Checks.atLeast("nodes", nodes, 2);
    if (nodes > MAX_NODES) throw new InvalidValueException("nodes", "must be at most " + MAX_NODES + ", was " + nodes);
    return nodes;
  }

  /** G(n, p) with p = meanDegree / (n - 1). */
  record ErdosRenyi(int nodes, double meanDegree, Long seed) implements NetworkSpec {
    public ErdosRenyi {
      checkNodes(nodes);
      Checks.range("mean_degree", meanDegree, 0, nodes - 1);
    }
    public String type() { return "erdos_renyi"; }
  }

  /** Ring lattice of even degree meanDegree, each edge rewired with probability rewiring. */
  record WattsStrogatz(int nodes, int meanDegree, double rewiring, Long seed) implements NetworkSpec {
    public WattsStrogatz {
      checkNodes(nodes);
      Checks.atLeast("mean_degree", meanDegree, 2);
      if (meanDegree % 2 != 0) throw new InvalidValueException("mean_degree", "must be even, was " + meanDegree);
      if (meanDegree >= nodes) throw new InvalidValueException("mean_degree", "must be less than nodes (" + nodes + "), was " + meanDegree);
      Checks.probability("rewiring", rewiring);
    }
    public String type() { return "watts_strogatz"; }
  }

  /** Preferential attachment, each new node bringing m = meanDegree / 2 edges. */
  record BarabasiAlbert(int nodes, int meanDegree, Long seed) implements NetworkSpec {
    public BarabasiAlbert {
      checkNodes(nodes);
      Checks.atLeast("mean_degree", meanDegree, 2);
      if (meanDegree % 2 != 0) throw new InvalidValueException("mean_degree", "must be even (2m), was " + meanDegree);
      if (meanDegree / 2 >= nodes) throw new InvalidValueException("mean_degree", "m = mean_degree/2 must be less than nodes (" + nodes + ")");
    }
    public int m() { return meanDegree / 2; }
    public String type() { return "barabasi_albert"; }
  }

  /** Configuration model with degrees drawn from p_k ~ k^-exponent on [minDegree, maxDegree]. */
  record PowerLaw(int nodes, double exponent, int minDegree, int maxDegree, Long seed) implements NetworkSpec {
    public PowerLaw {
      checkNodes(nodes);
      Checks.range("exponent", exponent, 1.01, 10);
      Checks.atLeast("min_degree", minDegree, 1);
      if (maxDegree < minDegree) throw new InvalidValueException("max_degree", "must be at least min_degree (" + minDegree + "), was " + maxDegree);
      if (maxDegree >= nodes) throw new InvalidValueException("max_degree", "must be less than nodes (" + nodes + "), was " + maxDegree);
    }
    public String type() { return "powerlaw"; }
  }

  /** Stochastic block model: blocks of the given sizes, edge probability pIn inside, pOut across. */
  record Sbm(List<Integer> blocks, double pIn, double pOut, Long seed) implements NetworkSpec {
    public Sbm {
      Checks.present("blocks", blocks);
      if (blocks.isEmpty()) throw new InvalidValueException("blocks", "must list at least one block size");
      long total = 0;
      for (int i = 0; i < blocks.size(); i++) {
        Integer b = blocks.get(i);
        if (b == null || b < 1) throw new InvalidValueException("blocks[" + i + "]", "must be a positive size, was " + b);
        total += b;
      }
      if (total < 2 || total > MAX_NODES) throw new InvalidValueException("blocks", "total size must be in [2, " + MAX_NODES + "], was " + total);
      Checks.probability("p_in", pIn);
      Checks.probability("p_out", pOut);
      blocks = List.copyOf(blocks);
    }
    public int nodes() { return blocks.stream().mapToInt(Integer::intValue).sum(); }
    public String type() { return "sbm"; }
  }

  /**
   * A network read from a file.
   *
   * @param path     as written in the scenario (relative to the scenario file's folder)
   * @param resolved the absolute path the loader resolved, or null before resolution
   * @param directed whether a line "u v" means only v follows u (true) or both ways (false)
   */
  record EdgeList(String path, String resolved, boolean directed) implements NetworkSpec {
    public EdgeList {
      Checks.present("path", path);
      if (path.isBlank()) throw new InvalidValueException("path", "must not be empty");
    }
    public Long seed() { return null; }
    public String type() { return "edge_list"; }
    public boolean fromFile() { return true; }
  }

  /**
   * A network read from a graph in the WebGraph compressed format: the files basename.properties and
   * basename.graph, users numbered 0 .. nodes - 1 as in the graph.
   *
   * @param basename as written in the scenario (relative to the scenario file's folder)
   * @param resolved the absolute basename the loader resolved, or null before resolution
   * @param arcs     what an arc x->y of the graph means
   * @param directed false: every arc is also read the other way (both follow each other)
   */
  record WebGraph(String basename, String resolved, Arcs arcs, boolean directed) implements NetworkSpec {
    public WebGraph {
      Checks.present("basename", basename);
      if (basename.isBlank()) throw new InvalidValueException("basename", "must not be empty");
      Checks.present("arcs", arcs);
    }
    public Long seed() { return null; }
    public String type() { return "webgraph"; }
    public boolean fromFile() { return true; }
  }
}
