package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void aPlainStreamGetsALinePerTenthAndNoTimeLeftFromTheFirstRunsAlone() {
    StringWriter text = new StringWriter();
    Progress progress = new Progress(new PrintWriter(text), "runs", 20);
    for (int done = 1; done <= 20; done++) progress.update(done);
    progress.done();
    String[] lines = text.toString().split("\n");
    assertThat(lines).hasSize(11);
    assertThat(lines[0]).matches("runs: 1/20 done, [0-9.]+ s, [0-9.]+/s, time left after 2 s");
    assertThat(lines[10]).matches("runs: 20/20 done, [0-9.]+ s, [0-9.]+/s, about 0 s left");
  }
}
