package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Several campaigns, one alone at first: shares of voice averaged over runs must not trip the chart. */
class ShareOfVoiceRunTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0} replications")
  @ValueSource(ints = {11, 20, 21, 25})
  void aCampaignAloneAtFirstGivesAWholeShareOfVoice(int replications) {
    Path out = dir.resolve("out");
    Cli.Result r = Cli.execute("run", "--replications", Integer.toString(replications), "--out", out.toString(),
        "--set", "campaigns=[{name: a, paid: {budget: 100}}, {name: b, start: 5}]",
        "--set", "network={type: barabasi_albert, nodes: 500}", "--set", "steps=12");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(Files.exists(out.resolve("share_of_voice_over_time.png"))).isTrue();
  }
}
