package org.viralsim.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.viralsim.observe.RunResult;

/** Comparison of run results, value by value. */
public final class Results {
  private Results() {}

  /** Same metrics (NaN equal to NaN), series, items, contribution histogram and length. */
  public static void assertSame(RunResult actual, RunResult expected) {
    String at = "replication " + expected.replication();
    assertThat(actual.replication()).as(at).isEqualTo(expected.replication());
    assertThat(actual.seed()).as(at).isEqualTo(expected.seed());
    assertThat(actual.metrics()).as(at + " metrics").containsExactlyEntriesOf(expected.metrics());
    assertThat(actual.ticksRun()).as(at + " ticks run").isEqualTo(expected.ticksRun());
    assertThat(actual.series().names()).as(at + " series").isEqualTo(expected.series().names());
    for (String name : expected.series().names()) {
      assertThat(actual.series().column(name)).as(at + " series " + name).containsExactly(expected.series().column(name));
    }
    assertThat(actual.items()).as(at + " items").containsExactlyElementsOf(expected.items());
    assertThat(actual.contributionHistogram()).as(at + " contributions").containsExactly(expected.contributionHistogram());
  }

  public static void assertSame(List<RunResult> actual, List<RunResult> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) assertSame(actual.get(i), expected.get(i));
  }
}
