package org.viralsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.io.scenario.ScenarioReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutated scenario files, built from every shipped scenario made small (a few hundred users, a few
 * ticks): deleted, misspelt and duplicated keys, odd values, broken syntax, YAML tags and aliases,
 * garbage, deep nesting, long strings, Unicode. Each ends in a complete folder or one line.
 */
class FuzzScenariosTest {
  @TempDir Path dir;

  static List<String> shipped() throws IOException {
    try (Stream<Path> s = Files.walk(Path.of("scenarios"))) {
      return s.filter(p -> p.toString().endsWith(".yaml") && !p.startsWith(Path.of("scenarios", "myths"))
          && !p.startsWith(Path.of("scenarios", "sweeps")) && !p.getFileName().toString().equals("lessons.yaml"))
          .sorted().map(Fuzz2::small).toList();
    }
  }

  @ParameterizedTest(name = "mutant {0}")
  @MethodSource("org.viralsim.cli.Fuzz#cases")
  void aMutatedScenarioEndsInAFolderOrOneLine(int seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> bases = shipped();
    String text = bases.get(random.nextInt(bases.size()));
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n")));
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations && !lines.isEmpty(); m++) Fuzz2.mutate(lines, random);
    boolean json = random.nextInt(10) == 0;
    Path file = Fuzz.write(dir, json ? "m.json" : "m.yaml", String.join("\n", lines) + "\n");
    Path out = dir.resolve("out");
    Fuzz.check(String.join("\n", lines), Cli.execute("run", file.toString(), "--out", out.toString()), out,
        file.toString());
  }

  /** Mutations of scenario text. */
  static final class Fuzz2 {
    private Fuzz2() {}

    /** A shipped scenario with its sizes cut so that a run takes a fraction of a second. */
    static String small(Path file) {
      ObjectNode tree = (ObjectNode) ScenarioReader.tree(ScenarioReader.text(file), file.toString());
      tree.put("steps", 8);
      tree.put("replications", 2);
      JsonNode network = tree.get("network");
      if (network instanceof ObjectNode n) {
        if (n.has("nodes")) n.put("nodes", Math.min(300, n.get("nodes").asInt()));
        if (n.has("max_degree")) n.put("max_degree", 50);
        if (n.has("blocks")) n.putArray("blocks").add(60).add(60).add(60);
        if (n.has("path")) n.put("path", Path.of("data/networks/karate_club.edgelist").toAbsolutePath().toString());
      }
      return ScenarioReader.YAML.writeValueAsString(tree);
    }

    static void mutate(List<String> lines, SplittableRandom random) {
      int i = random.nextInt(lines.size());
      String line = lines.get(i);
      switch (random.nextInt(11)) {
        case 0 -> lines.remove(i);
        case 1 -> lines.set(i, misspell(line, random));
        case 2 -> lines.set(i, line.contains(":") ? line.substring(0, line.indexOf(':') + 1) + " "
            + Fuzz.pick(random, Fuzz.ODD_VALUES) : line);
        case 3 -> lines.add(i, line);
        case 4 -> lines.set(i, line.replaceFirst(":", ""));
        case 5 -> lines.set(i, "\t" + line);
        case 6 -> lines.set(i, line + (random.nextBoolean() ? " [" : " {"));
        case 7 -> lines.set(i, line.contains(":") ? line.replaceFirst(":\\s*", ": &a ") : line);
        case 8 -> lines.add(i, garbage(random));
        case 9 -> lines.set(i, line.replaceAll("[a-z]", "\u00fc"));
        default -> lines.add(i, "x".repeat(random.nextInt(1, 100_000)) + ": 1");
      }
    }

    private static String misspell(String line, SplittableRandom random) {
      int colon = line.indexOf(':');
      String key = colon > 0 ? line.substring(0, colon).strip() : "";
      if (key.length() < 2) return line;
      int at = line.indexOf(key) + random.nextInt(key.length() - 1);
      char[] c = line.toCharArray();
      char t = c[at];
      c[at] = c[at + 1];
      c[at + 1] = t;
      return new String(c);
    }

    private static String garbage(SplittableRandom random) {
      char[] c = new char[1 + random.nextInt(40)];
      for (int k = 0; k < c.length; k++) c[k] = (char) random.nextInt(1, 0x3000);
      return new String(c);
    }
  }
}
