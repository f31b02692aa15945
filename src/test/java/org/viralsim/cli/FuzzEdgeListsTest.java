package org.viralsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Odd edge lists run as a scenario's network: a complete folder or one line naming the file. */
class FuzzEdgeListsTest {
  static final List<String> ODD_LINES = List.of("1 2", "2 3", "3 1", "# comment", "", "   ", "1", "1 2 3 4",
      "1 2 -1", "1 2 nan", "1 2 1e400", "a b", "\u00fc \u540d", "1,2", "1\t2", "1 1", "1 2 0.5 # w", "\uFEFF1 2",
      "1 2\r", "x".repeat(10_000) + " y", "9223372036854775808 1", "-5 3", "\u0000\u0001 \u0002", "1 2 , ,");

  @TempDir Path dir;

  @ParameterizedTest(name = "edge list {0}")
  @MethodSource("org.viralsim.cli.Fuzz#cases")
  void anOddEdgeListEndsInAFolderOrOneLine(int seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder text = new StringBuilder();
    for (int k = 0, n = random.nextInt(40); k < n; k++) {
      text.append(random.nextInt(3) == 0 ? Fuzz.pick(random, ODD_LINES)
          : random.nextInt(30) + " " + random.nextInt(30)).append(random.nextInt(8) == 0 ? "\r\n" : "\n");
    }
    Path edges = dir.resolve(random.nextInt(10) == 0 ? "edges.txt.gz" : "edges.txt");
    Files.writeString(edges, text);
    Path scenario = Fuzz.write(dir, "s.yaml", """
        name: edges
        steps: 5
        replications: 1
        network: {type: edge_list, path: %s, directed: %s}
        campaign: {seeding: {strategy: random, count: 2}}
        """.formatted(edges.getFileName(), random.nextBoolean()));
    Path out = dir.resolve("out");
    Fuzz.check(text.toString(), Cli.execute("run", scenario.toString(), "--out", out.toString()), out,
        edges.toString(), scenario.toString());
  }
}
