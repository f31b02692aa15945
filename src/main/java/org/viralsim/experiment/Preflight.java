package org.viralsim.experiment;

import org.viralsim.config.InvalidValueException;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.graph.Graph;
import org.viralsim.model.RoleAssigner;
import org.viralsim.model.SeedPicker;

/** Checks a scenario against its network before anything runs, so runs cannot fail half-way. */
public final class Preflight {
  private Preflight() {}

  /**
   * @param graph the loaded or shared network, or null when each replication draws its own
   * @throws InvalidValueException naming the key that cannot work with this network
   */
  public static void check(Scenario scenario, Graph graph) {
    int n = graph != null ? graph.nodeCount() : nodes(scenario.network());
    if (graph == null) checkSize(scenario.network(), n);
    int roles = scenario.population().roles().size();
    if ((long) n * roles >= MAX_ARRAY) {
      throw new InvalidValueException("population.roles", n + " users x " + roles
          + " roles is more than this version can index (" + MAX_ARRAY + "); use fewer roles");
    }
    for (int c = 0; c < scenario.campaigns().size(); c++) {
      String at = scenario.campaigns().size() == 1 ? "campaign" : "campaigns[" + c + "]";
      checkSeeding(scenario, scenario.campaigns().get(c).seeding(), at, graph, n);
    }
  }

  private static void checkSeeding(Scenario scenario, Seeding seeding, String at, Graph graph, int n) {
    switch (seeding.strategy()) {
      case USERS -> {
        if (graph != null) {
          try {
            SeedPicker.resolve(seeding.users(), graph);
          } catch (InvalidValueException e) {
            throw e.under(at);
          }
        } else {
          for (String id : seeding.users()) checkGeneratedId(id, n, at);
        }
      }
      case CREATORS -> {
        double[] shares = scenario.population().roles().values().stream().mapToDouble(r -> r.share()).toArray();
        int first = RoleAssigner.counts(shares, n)[0];
        if (seeding.count() > first) {
          throw new InvalidValueException(at + ".seeding.count", "asks for " + seeding.count()
              + " seeds but the first role (" + scenario.population().roleNames()[0] + ") has only " + first + " users");
        }
      }
      case RANDOM, TOP_DEGREE, K_CORE, PAGERANK -> {
        if (seeding.count() > n) {
          throw new InvalidValueException(at + ".seeding.count",
              "asks for " + seeding.count() + " seeds but the network has only " + n + " users");
        }
      }
    }
  }

  /** The largest array the JVM allocates: bounds follow links and users x roles. */
  static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  /** Rejects a generated network whose expected follow links (2 per edge) would not fit. */
  private static void checkSize(NetworkSpec spec, int n) {
    double arcs;
    String key;
    if (spec instanceof NetworkSpec.Sbm s) {
      double inside = 0;
      for (int b : s.blocks()) inside += (double) b * (b - 1);
      arcs = s.pIn() * inside + s.pOut() * ((double) n * (n - 1) - inside);
      key = "network.blocks";
    } else if (spec instanceof NetworkSpec.PowerLaw s) {
      double weight = 0;
      double mean = 0;
      for (int k = s.minDegree(); k <= s.maxDegree(); k++) {
        weight += Math.pow(k, -s.exponent());
        mean += k * Math.pow(k, -s.exponent());
      }
      arcs = n * mean / weight;
      key = "network.nodes";
    } else {
      arcs = spec instanceof NetworkSpec.ErdosRenyi s ? n * s.meanDegree()
          : n * (double) (spec instanceof NetworkSpec.WattsStrogatz w ? w.meanDegree() : ((NetworkSpec.BarabasiAlbert) spec).meanDegree());
      key = "network.mean_degree";
    }
    if (arcs > MAX_ARRAY) {
      throw new InvalidValueException(key, String.format(java.util.Locale.ROOT,
          "the network would have about %.3g follow links (2 per edge), more than this version holds (%d)", arcs, MAX_ARRAY));
    }
  }

  private static void checkGeneratedId(String id, int n, String at) {
    boolean ok = id.matches("0|[1-9][0-9]{0,9}") && Long.parseLong(id) < n;
    if (!ok) {
      throw new InvalidValueException(at + ".seeding.users",
          "node id \"" + id + "\" is not in the network (generated networks number users 0 to " + (n - 1) + ")");
    }
  }

  /** Number of users of a generated network. */
  public static int nodes(NetworkSpec spec) {
    if (spec instanceof NetworkSpec.ErdosRenyi s) return s.nodes();
    if (spec instanceof NetworkSpec.WattsStrogatz s) return s.nodes();
    if (spec instanceof NetworkSpec.BarabasiAlbert s) return s.nodes();
    if (spec instanceof NetworkSpec.PowerLaw s) return s.nodes();
    if (spec instanceof NetworkSpec.Sbm s) return s.nodes();
    throw new IllegalArgumentException("an edge list's size is known only once it is read");
  }
}
