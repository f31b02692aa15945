package org.viralsim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.viralsim.config.Assignment;
import org.viralsim.config.Brand;
import org.viralsim.config.Campaign;
import org.viralsim.config.Consumers;
import org.viralsim.config.Defaults;
import org.viralsim.config.Diffusion;
import org.viralsim.config.DiffusionModel;
import org.viralsim.config.Incident;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Paid;
import org.viralsim.config.Population;
import org.viralsim.config.Response;
import org.viralsim.config.ResponsePolicy;
import org.viralsim.config.Role;
import org.viralsim.config.Scenario;
import org.viralsim.config.Seeding;
import org.viralsim.config.SeedingStrategy;
import org.viralsim.config.Sentiment;
import org.viralsim.experiment.RunEngine;
import org.viralsim.experiment.Seeds;
import org.viralsim.graph.Graph;
import org.viralsim.observe.RunRecorder;
import org.viralsim.observe.RunResult;

/** Small market scenarios on given graphs, and runs that keep the model and every item for inspection. */
final class Markets {
  private Markets() {}

  /**
   * Consumers who never buy, post, consult or churn (churn needs an attitude below -1): only reads
   * and incidents move anything. Tests change what they look at.
   */
  static final Consumers QUIET = new Consumers(0, 0.1, 2, 0.2, 0, 1, 0, 0, 5, 0, -1, 0, 1, 1, 1);

  /** A single role that reads with this chance and never posts, reshares or comments. */
  static Map<String, Role> readers(double activity) {
    return Map.of("user", new Role(1, activity, 0, 0, 0));
  }

  static Scenario scenario(int steps, Map<String, Role> roles, List<Campaign> campaigns, List<Brand> brands,
      Consumers consumers) {
    return new Scenario("market", 17, steps, 1, 0.5, new NetworkSpec.EdgeList("given", "given", true),
        new Population(roles, Assignment.RANDOM, 0), campaigns, brands, consumers,
        new Diffusion(DiffusionModel.INDEPENDENT_CASCADE));
  }

  /** A campaign posted by the listed users at {@code start}, free and without paid reach. */
  static Campaign campaign(String name, String brand, Sentiment sentiment, int start, String... seeds) {
    return new Campaign(name, brand, sentiment, 1, start, new Seeding(SeedingStrategy.USERS, 0, List.of(seeds), 0),
        Defaults.paid(start));
  }

  static Campaign withPaid(Campaign c, Paid paid, double costPerSeed) {
    Seeding s = c.seeding();
    return new Campaign(c.name(), c.brand(), c.sentiment(), c.appeal(), c.start(),
        new Seeding(s.strategy(), s.count(), s.users(), costPerSeed), paid);
  }

  static Brand brand(String name, double value, double customers, double satisfaction, Response response,
      Incident... incidents) {
    return new Brand(name, value, customers, satisfaction, response, List.of(incidents));
  }

  static Brand brand(String name, double customers, Incident... incidents) {
    return brand(name, 50, customers, 1, ignore(), incidents);
  }

  static Response ignore() { return new Response(ResponsePolicy.IGNORE, 0, 1, 0, 0); }

  static Response respond(int delay, double coverage, double effectiveness, double costPerReply) {
    return new Response(ResponsePolicy.RESPOND, delay, coverage, effectiveness, costPerReply);
  }

  /** A finished run, its model and every item it made, in the order they ended. */
  record Run(CampaignSim sim, RunResult result, List<Item> items) {
    Market market() { return sim.market(); }

    List<Item> items(ItemKind kind) { return items.stream().filter(i -> i.kind() == kind).toList(); }

    int nodes() { return sim.graph().nodeCount(); }

    /** The user who posted the item (its first author). */
    static int author(Item item) { return item.sharersInOrder()[0]; }
  }

  /** Runs a replication as {@link RunEngine#runToEnd} does, also keeping the items. */
  static Run run(Scenario scenario, Graph graph, int replication) {
    long seed = Seeds.replication(scenario.seed(), replication);
    CampaignSim sim = new CampaignSim(seed, scenario, graph);
    sim.start();
    RunRecorder recorder = new RunRecorder(sim);
    List<Item> items = new ArrayList<>();
    sim.setItemListener((item, complete) -> {
      items.add(item);
      recorder.itemEnded(item, complete);
    });
    recorder.attach();
    while (sim.schedule.getSteps() < scenario.steps() && !sim.quiet()) {
      if (!sim.schedule.step(sim)) break;
    }
    sim.endInFlight();
    sim.finish();
    return new Run(sim, recorder.result(replication, seed), items);
  }
}
