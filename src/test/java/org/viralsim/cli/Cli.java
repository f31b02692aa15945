package org.viralsim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/** Runs the command line in-process and captures what it prints. */
final class Cli {
  private Cli() {}

  record Result(int exit, String out, String err) {
    List<String> errLines() { return lines(err); }

    List<String> outLines() { return lines(out); }

    private static List<String> lines(String s) {
      return Arrays.stream(s.split("\\R")).filter(l -> !l.isEmpty()).toList();
    }

    @Override public String toString() {
      return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  static Result execute(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Result(exit, out.toString(), err.toString());
  }
}
