package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Failures nothing else caught end in one line: out of memory (exit 2), a defect (exit 1), a library's thread. */
class LastResortTest {
  @TempDir Path dir;

  /** An edge list of 400,000 edges, which does not fit in a 16 MB heap. */
  Path bigEdgeList() throws IOException {
    Path file = dir.resolve("big.txt");
    try (Writer w = Files.newBufferedWriter(file)) {
      for (int i = 0; i < 400_000; i++) w.write(i + " " + (i * 7919L) % 400_000 + "\n");
    }
    return file;
  }

  static List<String> javaWithSmallHeap(String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx16m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.viralsim.cli.Main"));
    command.addAll(List.of(args));
    return command;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bench", "run"})
  void runningOutOfMemoryLoadingANetworkIsOneLineAndLeavesNothing(String command) throws Exception {
    Path edges = bigEdgeList();
    Path out = dir.resolve("out");
    List<String> args = command.equals("bench")
        ? javaWithSmallHeap("bench", "--edges", edges.toString(), "--cascades", "1", "--warmup", "0")
        : javaWithSmallHeap("run", "--set", "network.type=edge_list", "--set", "network.path=" + edges,
            "--replications", "1", "--set", "steps=2", "--out", out.toString());
    Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(output).isEqualTo(2);
    assertThat(output.lines().filter(l -> !l.isBlank())).as(output).singleElement().asString()
        .startsWith("viralsim: out of memory (Java heap space)").contains("VIRALSIM_JAVA_OPTS=-Xmx");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(f -> f.getFileName().toString())).as("nothing but the input").containsExactly("big.txt");
    }
  }

  @Test
  void aDefectIsOneLineWithExitOneAndSaysHowToSeeWhere() throws Exception {
    StringWriter err = new StringWriter();
    picocli.CommandLine cl = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err, true));
    int exit = new UserErrors().handleExecutionException(new IllegalStateException("boom"), cl, null);
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString().lines()).containsExactly(
        "viralsim: internal error: java.lang.IllegalStateException: boom; this is a bug in viralsim (run again with"
            + " --debug to see where)");
  }

  @Test
  void aLibraryThreadFailingAfterTheOutcomeIsQuiet() throws Exception {
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    StringWriter err = new StringWriter();
    try {
      LastResort.install(new PrintWriter(err, true), false);
      Thread early = new Thread(() -> { throw new NullPointerException("closer"); }, "StreamCloser");
      early.start();
      early.join();
      assertThat(err.toString().lines()).singleElement().asString()
          .startsWith("viralsim: internal error: java.lang.NullPointerException: closer").endsWith("in StreamCloser");
      LastResort.reported();
      Thread late = new Thread(() -> { throw new NullPointerException("closer"); }, "StreamCloser");
      late.start();
      late.join();
      assertThat(err.toString().lines()).as("nothing more after the outcome").hasSize(1);
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
  }
}
