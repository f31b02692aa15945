package org.viralsim.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private static final long SECOND = 1_000_000_000L;
  private final StringWriter text = new StringWriter();
  private final AtomicLong clock = new AtomicLong(5 * SECOND);

  @Test
  void aPlainStreamGetsALinePerTenthWithTimeLeftEstimatedFromTwoSecondsOn() {
    Progress progress = new Progress(new PrintWriter(text), "runs", 20, false, clock::get);
    for (int done = 1; done <= 20; done++) {
      clock.addAndGet(SECOND / 4); // 4 runs a second
      progress.update(done);
    }
    progress.done();
    assertThat(text.toString().split("\n")).hasSize(11).startsWith(
        "runs: 1/20 done, 0.3 s, 4.0/s, estimating time left",
        "runs: 2/20 done, 0.5 s, 4.0/s, estimating time left",
        "runs: 4/20 done, 1.0 s, 4.0/s, estimating time left",
        "runs: 6/20 done, 1.5 s, 4.0/s, estimating time left",
        "runs: 8/20 done, 2.0 s, 4.0/s, about 3 s left").endsWith("runs: 20/20 done, 5.0 s, 4.0/s, about 0 s left");
  }

  @Test
  void aTerminalLineIsRedrawnInPlaceAtMostFiveTimesASecondAndEndedOnce() {
    Progress progress = new Progress(new PrintWriter(text), "replications", 3, true, clock::get);
    clock.addAndGet(SECOND / 10);
    progress.update(1);
    clock.addAndGet(SECOND / 10);
    progress.update(2); // too soon to redraw
    clock.addAndGet(SECOND / 10);
    progress.update(3); // the last is always drawn
    progress.done();
    assertThat(text.toString()).isEqualTo("\rreplications: 1/3 done, 0.1 s, 10.0/s, estimating time left"
        + "\rreplications: 3/3 done, 0.3 s, 10.0/s, about 0 s left      \n"); // blanked to the length of the line before
  }
}
