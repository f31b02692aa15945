package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * What every fuzzed input must end in: exit 0 with a complete results folder, or exit 2 with one
 * {@code viralsim:} line naming what is at fault and no folder; never a stack trace or another code.
 * Case counts come from {@code -Dviralsim.fuzz.cases} (CI runs a few hundred; a long run many thousands).
 */
final class Fuzz {
  static final int CASES = Integer.getInteger("viralsim.fuzz.cases", 200);
  /** Odd values a mutation puts where a value was. */
  static final List<String> ODD_VALUES = List.of("-1", "0", "1e309", "-1e309", "2147483648", "9223372036854775808",
      ".nan", ".inf", "\"text\"", "[1, 2]", "{a: 1}", "true", "~", "null", "''", "1e-320", "0x1F", "1_000",
      "!!java.lang.ProcessBuilder [\"touch\", \"/tmp/pwned\"]", "!!binary aGVsbG8=", "*nothing", "9".repeat(60),
      "\"" + "x".repeat(5000) + "\"", "\"\u202eevil\u00fc\u540d\"", "[" .repeat(600) + "]".repeat(600));

  private Fuzz() {}

  /** The seeds of the cases: 0 .. CASES - 1. */
  static IntStream cases() { return IntStream.range(0, CASES); }

  /**
   * Checks a command's outcome; {@code names} are what an error line may name (the file, "--set", the
   * option). {@code out} is the results folder asked for, or null when it named something that
   * existed before (then only the line is checked).
   */
  static void check(String what, Cli.Result r, Path out, String... names) throws IOException {
    String context = what + "\n" + r;
    assertThat(Path.of("/tmp/pwned")).as("a YAML tag never makes anything: %s", context).doesNotExist();
    assertThat(r.err()).as(context).doesNotContain("\tat ").doesNotContain("Exception in thread");
    if (r.exit() == 0) {
      assertThat(out).as(context).isNotNull();
      for (String file : List.of("runs.csv", "summary.json", "manifest.json", "report.html")) {
        assertThat(out.resolve(file)).as(context).isNotEmptyFile();
      }
      return;
    }
    assertThat(r.exit()).as(context).isEqualTo(2);
    List<String> lines = r.errLines().stream().filter(l -> l.startsWith("viralsim: ") && !l.startsWith("viralsim: note:"))
        .toList();
    assertThat(lines).as(context).hasSize(1);
    assertThat(lines.get(0)).as(context).satisfiesAnyOf(l -> assertThat(List.of(names)).anyMatch(l::contains),
        l -> assertThat(l).contains("--"));
    if (out != null) assertThat(out).as(context).doesNotExist();
  }

  static String pick(SplittableRandom random, List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
