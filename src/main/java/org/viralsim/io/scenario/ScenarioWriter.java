package org.viralsim.io.scenario;

import java.util.Locale;
import java.util.Map;
import org.viralsim.config.Brand;
import org.viralsim.config.Campaign;
import org.viralsim.config.Consumers;
import org.viralsim.config.Diffusion;
import org.viralsim.config.Feed;
import org.viralsim.config.Incident;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Paid;
import org.viralsim.config.Population;
import org.viralsim.config.Response;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.config.ThresholdDistribution;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a resolved scenario with every key filled in, in the format {@link ScenarioReader} reads, so
 * that reading the output gives back an equal scenario. A network file (an edge list, a WebGraph
 * basename) is written with its absolute path so the output can be read from any folder.
 */
public final class ScenarioWriter {
  // Strings that look like numbers (ids such as "007") stay quoted so they come back as strings.
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .build();
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ScenarioWriter() {}

  public static String toYaml(Scenario s) {
    return YAML.writeValueAsString(toTree(s));
  }

  public static String toJson(Scenario s) {
    return JSON.writeValueAsString(toTree(s)) + System.lineSeparator();
  }

  /** The scenario as a tree with snake_case keys and lower-case enum values. */
  public static ObjectNode toTree(Scenario s) {
    ObjectNode root = NODES.objectNode();
    root.put("name", s.name());
    root.put("seed", s.seed());
    root.put("steps", s.steps());
    root.put("replications", s.replications());
    root.put("viral_threshold", s.viralThreshold());
    root.set("network", network(s.network()));
    Population p = s.population();
    ObjectNode population = root.putObject("population");
    population.set("roles", roles(p.roles()));
    population.put("assignment", lower(p.assignment()));
    population.put("degree_bias", p.degreeBias());
    if (s.campaigns().size() == 1) {
      root.set("campaign", campaign(s.campaigns().get(0)));
    } else {
      var list = root.putArray("campaigns");
      s.campaigns().forEach(c -> list.add(campaign(c)));
    }
    ObjectNode brands = root.putObject("brands");
    s.brands().forEach(b -> brands.set(b.name(), brand(b)));
    root.set("consumers", consumers(s.consumers()));
    root.set("diffusion", diffusion(s.diffusion()));
    return root;
  }

  static ObjectNode roles(Map<String, Role> roles) {
    ObjectNode out = NODES.objectNode();
    roles.forEach((name, r) -> {
      ObjectNode role = out.putObject(name);
      role.put("share", r.share());
      role.put("activity", r.activity());
      role.put("post_rate", r.postRate());
      role.put("reshare", r.reshare());
      role.put("comment", r.comment());
    });
    return out;
  }

  static ObjectNode network(NetworkSpec spec) {
    ObjectNode n = NODES.objectNode();
    n.put("type", spec.type());
    if (spec instanceof NetworkSpec.ErdosRenyi er) {
      n.put("nodes", er.nodes());
      n.put("mean_degree", er.meanDegree());
    } else if (spec instanceof NetworkSpec.WattsStrogatz ws) {
      n.put("nodes", ws.nodes());
      n.put("mean_degree", ws.meanDegree());
      n.put("rewiring", ws.rewiring());
    } else if (spec instanceof NetworkSpec.BarabasiAlbert ba) {
      n.put("nodes", ba.nodes());
      n.put("mean_degree", ba.meanDegree());
    } else if (spec instanceof NetworkSpec.PowerLaw pl) {
      n.put("nodes", pl.nodes());
      n.put("exponent", pl.exponent());
      n.put("min_degree", pl.minDegree());
      n.put("max_degree", pl.maxDegree());
    } else if (spec instanceof NetworkSpec.Sbm sbm) {
      sbm.blocks().forEach(n.putArray("blocks")::add);
      n.put("p_in", sbm.pIn());
      n.put("p_out", sbm.pOut());
    } else if (spec instanceof NetworkSpec.EdgeList el) {
      n.put("path", el.resolved() != null ? el.resolved() : el.path());
      n.put("directed", el.directed());
    } else if (spec instanceof NetworkSpec.WebGraph wg) {
      n.put("basename", wg.resolved() != null ? wg.resolved() : wg.basename());
      n.put("arcs", lower(wg.arcs()));
      n.put("directed", wg.directed());
    }
    if (spec.seed() != null) n.put("seed", spec.seed());
    return n;
  }

  private static ObjectNode campaign(Campaign c) {
    ObjectNode campaign = NODES.objectNode();
    campaign.put("name", c.name());
    campaign.put("brand", c.brand());
    campaign.put("sentiment", lower(c.sentiment()));
    campaign.put("appeal", c.appeal());
    campaign.put("start", c.start());
    Seeding seeding = c.seeding();
    ObjectNode seedingNode = campaign.putObject("seeding");
    seedingNode.put("strategy", lower(seeding.strategy()));
    seedingNode.put("count", seeding.count());
    if (seeding.strategy() == SeedingStrategy.USERS) {
      seeding.users().forEach(seedingNode.putArray("users")::add);
    }
    seedingNode.put("cost_per_seed", seeding.costPerSeed());
    Paid p = c.paid();
    ObjectNode paid = campaign.putObject("paid");
    paid.put("budget", p.budget());
    paid.put("cpm", p.cpm());
    paid.put("targeting", lower(p.targeting()));
    if (p.role() != null) paid.put("role", p.role());
    paid.put("start", p.start());
    paid.put("duration", p.duration());
    return campaign;
  }

  private static ObjectNode brand(Brand b) {
    ObjectNode brand = NODES.objectNode();
    brand.put("value", b.value());
    brand.put("customers", b.customers());
    brand.put("satisfaction", b.satisfaction());
    Response r = b.response();
    ObjectNode response = brand.putObject("response");
    response.put("policy", lower(r.policy()));
    response.put("delay", r.delay());
    response.put("coverage", r.coverage());
    response.put("effectiveness", r.effectiveness());
    response.put("cost_per_reply", r.costPerReply());
    var incidents = brand.putArray("incidents");
    for (Incident i : b.incidents()) {
      incidents.addObject().put("tick", i.tick()).put("share", i.share()).put("among", lower(i.among()));
    }
    return brand;
  }

  private static ObjectNode consumers(Consumers c) {
    ObjectNode out = NODES.objectNode();
    out.putObject("attitude").put("initial", c.initialAttitude()).put("impact", c.impact())
        .put("negativity", c.negativity()).put("neutral_band", c.neutralBand());
    out.putObject("purchase").put("rate", c.purchaseRate()).put("attitude_effect", c.attitudeEffect());
    out.putObject("reviews").put("consult", c.consult()).put("always", c.consultAlways())
        .put("read", c.reviewsRead()).put("post", c.reviewPost()).put("appeal", c.reviewAppeal());
    out.putObject("complaints").put("appeal", c.complaintAppeal());
    out.putObject("churn").put("below", c.churnBelow()).put("announce", c.churnAnnounce())
        .put("appeal", c.churnAppeal());
    return out;
  }

  private static ObjectNode diffusion(Diffusion d) {
    ObjectNode out = NODES.objectNode();
    out.put("model", lower(d.model()));
    Feed f = d.feed();
    out.putObject("feed").put("length", f.length()).put("attention", f.attention()).put("lifetime", f.lifetime())
        .put("ranking", lower(f.ranking()));
    ObjectNode threshold = distribution(d.threshold().distribution());
    ObjectNode roles = threshold.putObject("roles");
    d.threshold().roles().forEach((role, dist) -> roles.set(role, distribution(dist)));
    out.set("threshold", threshold);
    return out;
  }

  private static ObjectNode distribution(ThresholdDistribution d) {
    ObjectNode out = NODES.objectNode();
    out.put("distribution", d.kind());
    if (d instanceof ThresholdDistribution.Fixed f) {
      out.put("value", f.value());
    } else if (d instanceof ThresholdDistribution.Uniform u) {
      out.put("min", u.min()).put("max", u.max());
    } else if (d instanceof ThresholdDistribution.Normal n) {
      out.put("mean", n.mean()).put("sd", n.sd());
    }
    return out;
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
