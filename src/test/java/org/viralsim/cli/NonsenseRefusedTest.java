package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.viralsim.testing.TinySweep;

/** Input that once ran as if it made sense: now one line naming what is wrong, exit code 2, nothing run. */
class NonsenseRefusedTest {
  static final String TWO_CAMPAIGNS = RunCommandTest.SCENARIO.replaceFirst("(?s)campaign:.*", """
      campaigns:
        - {name: a, appeal: 2}
        - {name: b, appeal: 3}
      """);

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "' steps=5'                | no spaces",
      "'steps =5'                | no spaces",
      "'campaign .appeal=2'      | no spaces",
      "'brands.acmee.value=3'    | has no \"acmee\" (it has brand)",
      "'population.roles.lurkr.share=0.5' | has no \"lurkr\"",
  })
  void aSettingThatCannotMeanAnythingIsRefused(String set, String says) throws IOException {
    Path scenario = Files.writeString(dir.resolve("s.yaml"), RunCommandTest.SCENARIO);
    Cli.Result r = Cli.execute("run", scenario.toString(), "--set", set, "--out", dir.resolve("out").toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("viralsim: --set: ").contains(says);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "campaigns.00.appeal=1 | not \"00\"",
      "campaigns.01.appeal=1 | not \"01\"",
      "campaign.appeal=2     | give either campaign (one) or campaigns (a list)",
  })
  void aSettingIsBlamedForItsOwnFault(String set, String says) throws IOException {
    Path scenario = Files.writeString(dir.resolve("two.yaml"), TWO_CAMPAIGNS);
    Cli.Result r = Cli.execute("run", scenario.toString(), "--set", set, "--out", dir.resolve("out").toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("viralsim: --set: ").contains(says);
  }

  @org.junit.jupiter.api.Test
  void aSettingsErrorIsTheSettingsEvenWhenTheFileHasAnotherOne() throws IOException {
    Path scenario = Files.writeString(dir.resolve("bad.yaml"), "name: bad\nsteps: 0\n");
    Cli.Result set = Cli.execute("run", scenario.toString(), "--set", "network.type=sbm");
    assertThat(set.errLines()).singleElement().asString().startsWith("viralsim: --set: network.blocks:");
    Cli.Result own = Cli.execute("run", scenario.toString(), "--set", "campaign.appeal=2");
    assertThat(own.errLines()).singleElement().asString().startsWith("viralsim: " + scenario + ": steps:");
  }

  @org.junit.jupiter.api.Test
  void aSweepFileAskingForTooManyThreadsIsNamed() throws IOException {
    Path sweep = TinySweep.write(dir, """
        base: tiny.yaml
        threads: 5000
        parameters:
          - {key: campaign.appeal, values: [1, 2]}
        """);
    Cli.Result r = Cli.execute("sweep", sweep.toString(), "--out", dir.resolve("o").toString());
    assertThat(r.errLines()).singleElement().asString().isEqualTo("viralsim: " + sweep
        + ": threads: must be 1 to 1024, was 5000");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"0", "1025", "100000"})
  void threadCountsOutsideOneTo1024AreRefused(int threads) throws IOException {
    Path scenario = Files.writeString(dir.resolve("s.yaml"), RunCommandTest.SCENARIO);
    Cli.Result run = Cli.execute("run", scenario.toString(), "--threads", "" + threads, "--out", dir.resolve("o").toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("--threads: must be 1 to 1024");
    Path sweep = TinySweep.write(dir, """
        base: tiny.yaml
        parameters:
          - {key: campaign.appeal, values: [1, 2]}
        """);
    Cli.Result bench = Cli.execute("bench", "--sweep", sweep.toString(), "--threads", "1," + threads);
    assertThat(bench.exit()).isEqualTo(2);
    assertThat(bench.errLines()).singleElement().asString().contains("--threads: thread counts must be 1 to 1024");
  }

  @ParameterizedTest(name = "{0} seeds")
  @CsvSource({"4", "10", "1000"})
  void moreBenchSeedsThanUsersAreRefused(int seeds) throws IOException {
    Path edges = Files.writeString(dir.resolve("triangle.txt"), "1 2\n2 3\n3 1\n");
    Cli.Result r = Cli.execute("bench", "--edges", edges.toString(), "--seeds", "" + seeds, "--cascades", "1",
        "--warmup", "0");
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().isEqualTo("viralsim: --seeds: " + seeds
        + " seed users per cascade, but " + edges + " has only 3 users");
  }
}
