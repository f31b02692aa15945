package org.viralsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Mutated {@code --set} settings and option values on a tiny scenario: a complete folder or one line each. */
class FuzzOptionsTest {
  static final List<String> KEYS = List.of("steps", "seed", "replications", "viral_threshold", "name", "network",
      "network.type", "network.nodes", "network.mean_degree", "network.seed", "network.rewiring", "network.exponent",
      "network.blocks", "network.path", "population.assignment", "population.degree_bias",
      "population.roles.creator.share", "population.roles.lurker.reshare", "population.roles.contributor.activity",
      "population.roles", "campaign.appeal", "campaign.start", "campaign.seeding.strategy", "campaign.seeding.count",
      "campaign.seeding.users", "campaign.paid.budget", "campaign.sentiment", "campaigns", "campaigns.0.appeal",
      "brands.brand.value", "brands.brand.response.policy", "brands.brand.incidents", "brand", "consumers",
      "diffusion.model", "diffusion.feed.attention", "diffusion.threshold.distribution");
  static final List<String> VALUES = new ArrayList<>(Fuzz.ODD_VALUES);

  static {
    VALUES.addAll(List.of("1", "2", "0.5", "50", "feed", "threshold", "sbm", "powerlaw", "users", "top_degree",
        "respond", "[a, b]", "[60, 60]", "{type: erdos_renyi, nodes: 100}", "", "100000000", "-0.0"));
  }

  static final List<String> OPTIONS = List.of("--replications", "--seed", "--threads", "--out");

  @TempDir Path dir;

  @ParameterizedTest(name = "case {0}")
  @MethodSource("org.viralsim.cli.Fuzz#cases")
  void aMutatedSettingOrOptionEndsInAFolderOrOneLine(int seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    Path scenario = Fuzz.write(dir, "tiny.yaml", RunCommandTest.SCENARIO);
    Path out = dir.resolve("out");
    List<String> args = new ArrayList<>(List.of("run", scenario.toString()));
    for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) args.addAll(List.of("--set", setting(random)));
    if (random.nextInt(3) == 0) {
      String option = Fuzz.pick(random, OPTIONS);
      args.addAll(List.of(option, option.equals("--out") ? oddPath(random) : Fuzz.pick(random, VALUES)));
    }
    if (!args.contains("--out")) args.addAll(List.of("--out", out.toString()));
    String given = args.get(args.indexOf("--out") + 1);
    Path target = given.isEmpty() ? out : Path.of(given).toAbsolutePath().normalize();
    boolean existed = Files.exists(target);
    Fuzz.check(String.join(" ", args), Cli.execute(args.toArray(String[]::new)), existed ? null : target,
        scenario.toString(), "--set", target.toString());
  }

  private String setting(SplittableRandom random) {
    String key = Fuzz.pick(random, KEYS);
    switch (random.nextInt(6)) {
      case 0 -> key = key.replaceFirst("\\.", "..");
      case 1 -> key = " " + key;
      case 2 -> key = key.toUpperCase(java.util.Locale.ROOT);
      case 3 -> key = key + ".x";
      default -> { }
    }
    return key + (random.nextInt(20) == 0 ? "" : "=") + Fuzz.pick(random, VALUES);
  }

  private String oddPath(SplittableRandom random) {
    return Fuzz.pick(random, List.of(dir.resolve("o").toString(), "", "/proc/x", dir.resolve("tiny.yaml").toString(),
        dir.resolve("a/../b").toString(), "/", dir.resolve("\u00fc\u540d").toString()));
  }
}
