package org.viralsim.io.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.viralsim.config.Arcs;
import org.viralsim.config.Assignment;
import org.viralsim.config.Brand;
import org.viralsim.config.Campaign;
import org.viralsim.config.Consumers;
import org.viralsim.config.Defaults;
import org.viralsim.config.Diffusion;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Population;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import tools.jackson.databind.JsonNode;

/**
 * Turns a scenario tree into validated records: checks keys and types, fills every default from
 * {@link Defaults}, and reports each problem with its full key path. Range rules stay in the records;
 * their errors are re-rooted under the path of the section that built them.
 */
final class ScenarioBinder {
  static final List<String> TOP_KEYS = List.of("name", "seed", "steps", "replications", "viral_threshold",
      "network", "population", "campaign", "campaigns", "brand", "brands", "consumers", "diffusion");
  /** Keys some network type accepts: on another type they are misplaced, not misspelt. */
  private static final Set<String> NETWORK_KEYS = Set.of("type", "nodes", "mean_degree", "rewiring", "exponent",
      "min_degree", "max_degree", "blocks", "p_in", "p_out", "path", "directed", "seed",
      "basename", "arcs");
  /** The keys each network type accepts; changing the type by {@code --set} drops the old type's others. */
  static final Map<String, List<String>> NETWORK_TYPE_KEYS = Map.of(
      "erdos_renyi", List.of("type", "nodes", "mean_degree", "seed"),
      "watts_strogatz", List.of("type", "nodes", "mean_degree", "rewiring", "seed"),
      "barabasi_albert", List.of("type", "nodes", "mean_degree", "seed"),
      "powerlaw", List.of("type", "nodes", "exponent", "min_degree", "max_degree", "seed"),
      "sbm", List.of("type", "blocks", "p_in", "p_out", "seed"),
      "edge_list", List.of("type", "path", "directed"),
      "webgraph", List.of("type", "basename", "arcs", "directed"));
  static final List<String> ROLE_KEYS = List.of("share", "activity", "post_rate", "reshare", "comment");

  private final String file;
  private final Path baseDir;

  /**
   * @param file    label used in error messages
   * @param baseDir folder against which a relative {@code network.path} is resolved
   */
  ScenarioBinder(String file, Path baseDir) {
    this.file = file;
    this.baseDir = baseDir;
  }

  Scenario scenario(JsonNode root) {
    Section s = new Section(file, "", root);
    s.allowOnly("", TOP_KEYS, List.of());
    String name = s.text("name", Defaults.NAME);
    long seed = s.longInteger("seed", Defaults.SEED);
    int steps = s.integer("steps", Defaults.STEPS);
    int replications = s.integer("replications", Defaults.REPLICATIONS);
    double viralThreshold = s.number("viral_threshold", Defaults.VIRAL_THRESHOLD);
    NetworkSpec network = s.has("network") ? network(s.section("network")) : Defaults.network();
    Population population = population(s.section("population"));
    List<Campaign> campaigns = CampaignSections.campaigns(s);
    List<Brand> brands = MarketSections.brands(s, campaigns);
    Consumers consumers = MarketSections.consumers(s.section("consumers"));
    Diffusion diffusion = DiffusionSections.diffusion(s.section("diffusion"));
    try {
      return s.build(() -> new Scenario(name, seed, steps, replications, viralThreshold, network, population,
          campaigns, brands, consumers, diffusion));
    } catch (ScenarioException e) {
      throw asWritten(e, s, brands);
    }
  }

  /**
   * A scenario calls a lone campaign {@code campaign} and every brand {@code brands.<name>}; a file
   * may have written {@code campaigns: [...]} with one entry, or {@code brand:}. Names the key as written.
   */
  private ScenarioException asWritten(ScenarioException e, Section root, List<Brand> brands) {
    String key = e.keyPath();
    if (key == null) return e;
    if (root.has("campaigns") && key.startsWith("campaign.")) key = "campaigns[0]" + key.substring("campaign".length());
    String single = "brands." + brands.get(0).name() + ".";
    if (root.has("brand") && key.startsWith(single)) key = "brand." + key.substring(single.length());
    return key.equals(e.keyPath()) ? e : new ScenarioException(file, key, e.reason());
  }

  private NetworkSpec network(Section n) {
    if (!n.has("type")) throw n.error("type", "is required; expected one of " + String.join(", ", NetworkSpec.TYPES));
    String type = n.choice("type", NetworkSpec.TYPES, null);
    String context = " for type " + type;
    switch (type) {
      case "erdos_renyi": {
        n.allowOnly(context, NETWORK_TYPE_KEYS.get(type), NETWORK_KEYS);
        int nodes = n.integer("nodes", Defaults.NODES);
        double meanDegree = n.number("mean_degree", Defaults.MEAN_DEGREE);
        Long seed = n.optionalLong("seed");
        return n.build(() -> new NetworkSpec.ErdosRenyi(nodes, meanDegree, seed));
      }
      case "watts_strogatz": {
        n.allowOnly(context, NETWORK_TYPE_KEYS.get(type), NETWORK_KEYS);
        int nodes = n.integer("nodes", Defaults.NODES);
        int meanDegree = n.integer("mean_degree", Defaults.MEAN_DEGREE);
        double rewiring = n.number("rewiring", Defaults.REWIRING);
        Long seed = n.optionalLong("seed");
        return n.build(() -> new NetworkSpec.WattsStrogatz(nodes, meanDegree, rewiring, seed));
      }
      case "barabasi_albert": {
        n.allowOnly(context, NETWORK_TYPE_KEYS.get(type), NETWORK_KEYS);
        int nodes = n.integer("nodes", Defaults.NODES);
        int meanDegree = n.integer("mean_degree", Defaults.MEAN_DEGREE);
        Long seed = n.optionalLong("seed");
        return n.build(() -> new NetworkSpec.BarabasiAlbert(nodes, meanDegree, seed));
      }
      case "powerlaw": {
        n.allowOnly(context, NETWORK_TYPE_KEYS.get(type), NETWORK_KEYS);
        int nodes = n.integer("nodes", Defaults.NODES);
        double exponent = n.number("exponent", Defaults.POWERLAW_EXPONENT);
        int minDegree = n.integer("min_degree", Defaults.POWERLAW_MIN_DEGREE);
        int maxDegree = n.integer("max_degree", Defaults.POWERLAW_MAX_DEGREE);
        Long seed = n.optionalLong("seed");
        return n.build(() -> new NetworkSpec.PowerLaw(nodes, exponent, minDegree, maxDegree, seed));
      }
      case "sbm": {
        n.allowOnly(context, NETWORK_TYPE_KEYS.get(type), NETWORK_KEYS);
        if (!n.has("blocks")) throw n.error("blocks", "is required for type sbm (a list of block sizes)");
        List<Integer> blocks = n.integers("blocks");
        double pIn = n.number("p_in", Defaults.SBM_P_IN);
        double pOut = n.number("p_out", Defaults.SBM_P_OUT);
        Long seed = n.optionalLong("seed");
        return n.build(() -> new NetworkSpec.Sbm(blocks, pIn, pOut, seed));
      }
      case "edge_list": {
        n.allowOnly(context, NETWORK_TYPE_KEYS.get(type), NETWORK_KEYS);
        if (!n.has("path")) throw n.error("path", "is required for type edge_list");
        String path = n.text("path", null);
        boolean directed = n.bool("directed", Defaults.EDGE_LIST_DIRECTED);
        n.build(() -> new NetworkSpec.EdgeList(path, null, directed));
        String resolved = existing(n, "path", absolute(n, "path", path), "").toString();
        return n.build(() -> new NetworkSpec.EdgeList(path, resolved, directed));
      }
      case "webgraph": {
        n.allowOnly(context, NETWORK_TYPE_KEYS.get(type), NETWORK_KEYS);
        if (!n.has("basename")) throw n.error("basename", "is required for type webgraph (the graph's path without .graph)");
        String basename = n.text("basename", null);
        Arcs arcs = n.option("arcs", Defaults.WEBGRAPH_ARCS);
        boolean directed = n.bool("directed", Defaults.WEBGRAPH_DIRECTED);
        n.build(() -> new NetworkSpec.WebGraph(basename, null, arcs, directed));
        Path resolved = absolute(n, "basename", basename);
        existing(n, "basename", resolved, ".properties");
        existing(n, "basename", resolved, ".graph");
        return n.build(() -> new NetworkSpec.WebGraph(basename, resolved.toString(), arcs, directed));
      }
      default:
        throw new IllegalStateException("network type without a reader: " + type);
    }
  }

  /** The absolute, normalized form of a network file's path as written under {@code key}. */
  private Path absolute(Section n, String key, String path) {
    try {
      return baseDir.resolve(path).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw n.error(key, "is not a valid path: " + e.getReason());
    }
  }

  /** The file {@code path + suffix}, which must exist when the scenario is read (its content is read later). */
  private static Path existing(Section n, String key, Path path, String suffix) {
    Path file = path.resolveSibling(path.getFileName() + suffix);
    if (!Files.exists(file)) throw n.error(key, "no such file: " + file);
    if (!Files.isRegularFile(file)) throw n.error(key, "is not a regular file: " + file);
    return file;
  }

  private Population population(Section p) {
    p.allowOnly("roles", "assignment", "degree_bias");
    Map<String, Role> roles = p.has("roles") ? roles(p.section("roles")) : Defaults.roles();
    Assignment assignment = p.option("assignment", Defaults.ASSIGNMENT);
    double degreeBias = p.number("degree_bias", Defaults.DEGREE_BIAS);
    return p.build(() -> new Population(roles, assignment, degreeBias));
  }

  /** Roles replace the default set; a built-in role name takes that role's values for missing keys. */
  private Map<String, Role> roles(Section r) {
    Map<String, Role> builtIn = Defaults.roles();
    Map<String, Role> roles = new LinkedHashMap<>();
    for (String name : r.keys()) {
      Section role = r.section(name);
      role.allowOnly("", ROLE_KEYS, List.of());
      Role base = builtIn.get(name);
      double[] fallback = base == null ? null
          : new double[] {base.share(), base.activity(), base.postRate(), base.reshare(), base.comment()};
      double[] v = new double[ROLE_KEYS.size()];
      for (int i = 0; i < v.length; i++) {
        String key = ROLE_KEYS.get(i);
        if (fallback == null && !role.has(key)) {
          throw role.error(key, "is required (only the built-in roles " + String.join(", ", builtIn.keySet())
              + " have defaults)");
        }
        v[i] = role.number(key, fallback == null ? 0 : fallback[i]);
      }
      roles.put(name, role.build(() -> new Role(v[0], v[1], v[2], v[3], v[4])));
    }
    return roles;
  }

}
