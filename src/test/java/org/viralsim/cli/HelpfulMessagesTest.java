package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs whose errors once quoted library internals or raw bytes: now said in the file's terms, with the line. */
class HelpfulMessagesTest {
  @TempDir Path dir;

  Cli.Result run(String scenario) throws IOException {
    Path file = Files.writeString(dir.resolve("s.yaml"), scenario);
    return Cli.execute("run", file.toString(), "--out", dir.resolve("out").toString());
  }

  static void oneLine(Cli.Result r, String says) {
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().contains(says).doesNotContain("StreamReadConstraints")
        .hasSizeLessThan(400);
  }

  @ParameterizedTest(name = "{0} deep")
  @ValueSource(ints = {501, 600, 5000})
  void nestingTooDeepNamesTheLine(int depth) throws IOException {
    oneLine(run("steps: 5\nx: " + "[".repeat(depth) + "]".repeat(depth) + "\n"), "line 2: lists or mappings nested more than 500 deep");
    StringBuilder block = new StringBuilder("a:\n");
    for (int i = 1; i < depth; i++) block.append(" ".repeat(i)).append("a:\n");
    oneLine(run(block.toString()), "line 501: lists or mappings nested more than 500 deep");
  }

  @ParameterizedTest(name = "{0} digits")
  @ValueSource(ints = {1001, 1200, 100_000})
  void aNumberTooLongNamesTheLine(int digits) throws IOException {
    oneLine(run("name: a\nsteps: 5\nseed: " + "9".repeat(digits) + "\n"), "line 3: a number longer than 1000 digits");
    oneLine(Cli.execute("run", "--set", "steps=" + "9".repeat(digits)), "a number longer than 1000 digits");
  }

  @Test
  void aGzipEdgeListIsReadWhateverItsName() throws IOException {
    Path file = dir.resolve("edges.txt");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("1 2\n2 3\n3 1\n3 4\n".getBytes(StandardCharsets.UTF_8));
    }
    Cli.Result r = Cli.execute("bench", "--edges", file.toString(), "--seeds", "1", "--cascades", "1", "--warmup", "0");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("\"nodes\": 4", "\"edges\": 4");
  }

  @Test
  void binaryBytesAreNotEchoed() throws IOException {
    Path file = dir.resolve("edges.txt");
    byte[] bytes = {'1', ' ', '2', ' ', 1, 2, 27, (byte) 0xff, (byte) 0x9b, '\n'};
    Files.write(file, bytes);
    Cli.Result r = Cli.execute("bench", "--edges", file.toString(), "--seeds", "1", "--cascades", "1", "--warmup", "0");
    assertThat(r.exit()).isEqualTo(2);
    String line = r.errLines().get(0);
    assertThat(r.errLines()).hasSize(1);
    assertThat(line).contains("line 1").contains("\\x01\\x02\\x1B");
    assertThat(line.chars().filter(c -> c < 0x20 || c == 0xFFFD)).isEmpty();
  }
}
