package org.viralsim.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * What is left when nothing else caught a failure: one {@code viralsim:} line saying what ran out or
 * failed and what to do, the stack trace only with {@code --debug}. Running out of memory is the
 * input's size (exit 2); anything else is a defect (exit 1). A library's background thread that
 * fails after the outcome was reported (an image writer's closer on a full disk, say) stays quiet.
 */
final class LastResort {
  static final int EXIT_INTERNAL = 1;
  private static volatile boolean reported;
  private static volatile boolean debug;
  private static volatile PrintWriter err;

  private LastResort() {}

  /** Catches the failures of every thread from now on, writing to {@code to}. */
  static void install(PrintWriter to, boolean withStackTraces) {
    err = to;
    debug = withStackTraces;
    reported = false;
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (reported && !debug) return;
      line(describe(e) + " in " + thread.getName(), e);
    });
  }

  /** The command's outcome has been reported: failures after it add nothing the user can act on. */
  static void reported() { reported = true; }

  /** A failure that escaped the command: its line, and the exit code. */
  static int failed(Throwable e) {
    line(describe(e), e);
    reported = true;
    return e instanceof OutOfMemoryError ? Main.EXIT_BAD_INPUT : EXIT_INTERNAL;
  }

  /** What an exception that is not the user's fault says: a defect, and how to see where. */
  static String internal(Throwable e) {
    return "internal error: " + e + "; this is a bug in viralsim" + (debug ? "" : " (run again with --debug to see where)");
  }

  static boolean debug() { return debug; }

  private static String describe(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      long mb = Runtime.getRuntime().maxMemory() >> 20;
      return String.format(Locale.ROOT, "out of memory (%s): what this loads or runs does not fit in the %,d MB the"
          + " JVM may use; give it more (VIRALSIM_JAVA_OPTS=-Xmx16g ./viralsim ...), or make the network or the run"
          + " smaller", e.getMessage(), mb);
    }
    return internal(e);
  }

  private static void line(String message, Throwable e) {
    PrintWriter to = err;
    if (to == null) return;
    to.println("viralsim: " + message);
    if (debug) e.printStackTrace(to);
    to.flush();
  }
}
