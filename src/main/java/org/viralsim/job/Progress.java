package org.viralsim.job;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/** Progress on stderr (done of total, rate, time left): a line rewritten in place on a terminal, a few plain lines otherwise. */
public final class Progress {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final double ESTIMATE_AFTER_SECONDS = 2;
  private final PrintWriter err;
  private final String what;
  private final int total;
  private final boolean terminal;
  private final LongSupplier nanoClock;
  private final long started;
  private int lastTenth = -1;
  private long lastShown;
  private int lastLength;

  public Progress(PrintWriter err, String what, int total) {
    this(err, what, total, System.console() != null, System::nanoTime);
  }

  Progress(PrintWriter err, String what, int total, boolean terminal, LongSupplier nanoClock) {
    this.err = err;
    this.what = what;
    this.total = total;
    this.terminal = terminal;
    this.nanoClock = nanoClock;
    this.started = nanoClock.getAsLong();
  }

  public synchronized void update(int done) {
    long now = nanoClock.getAsLong();
    // A terminal line is redrawn at most every REDRAW_NANOS (and at the end), not after each of thousands of runs.
    if (terminal && done < total && now - lastShown < REDRAW_NANOS) return;
    lastShown = now;
    double seconds = (now - started) / 1e9;
    double rate = done / Math.max(seconds, 1e-9);
    // The first runs also pay for class loading and compilation: a rate from them would overstate the time left.
    String left = seconds < ESTIMATE_AFTER_SECONDS && done < total ? "estimating time left"
        : String.format(Locale.ROOT, "about %.0f s left", (total - done) / rate);
    String line = String.format(Locale.ROOT, "%s: %d/%d done, %.1f s, %.1f/s, %s", what, done, total, seconds, rate,
        left);
    if (terminal) {
      // blanks over what a longer line before left on the screen
      err.print("\r" + line + " ".repeat(Math.max(0, lastLength - line.length())));
      lastLength = line.length();
      err.flush();
    } else if (done * 10 / total > lastTenth) {
      lastTenth = done * 10 / total;
      err.println(line);
    }
  }

  public void done() {
    if (terminal) err.println();
    err.flush();
  }
}
