package org.viralsim.io.cascades;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.io.InputFileException;
import org.viralsim.stats.TreeMetrics;

/** Cascade files in both formats, gzip or plain, and each way a file can fail to hold trees. */
class CascadeReaderTest {
  @TempDir Path dir;

  private static final String CHILE = """
      # cascade_root veracity parent_tweet child_tweet child_time_s parent_time_s
      100 false 100 101 5 0
      200 true 200 201 7 0
      100 false 100 102 9 0
      100 false 101 103 30 5
      """;

  @Test
  void chileLinesGiveOneTreePerRootWithTimesSinceTheRoot() throws IOException {
    for (Path file : List.of(write("c.txt", CHILE), gzip("c.txt.gz", CHILE), gzip("c-no-suffix", CHILE))) {
      CascadeReader.Contents c = CascadeReader.read(file, null);
      assertThat(c.format()).isEqualTo(CascadeFormat.CHILE);
      assertThat(c.timed()).isTrue();
      assertThat(c.cascades()).extracting(Cascade::id).containsExactly("100", "200");
      Cascade first = c.cascades().get(0);
      // Breadth-first: 100, its children 101 and 102 in line order, then 103 under 101.
      assertThat(first.parent()).containsExactly(-1, 0, 0, 1);
      assertThat(first.time()).containsExactly(0, 5, 9, 30);
    }
  }

  @Test
  void genericLinesSplitAtSpacesOrCommasWithRootsDeclaredOrImplied() throws IOException {
    String spaces = "a - r 0\na r x 2\n\n# comment\na x y 3   # trailing comment\nb s t 1\n";
    String commas = "a,,r,0\na,r,x,2\na,x,y,3\nb,s,t,1\n";
    for (Path file : List.of(write("g.txt", spaces), write("g.csv", commas), gzip("g.csv.gz", commas))) {
      CascadeReader.Contents c = CascadeReader.read(file, CascadeFormat.GENERIC);
      assertThat(c.format()).isEqualTo(CascadeFormat.GENERIC);
      assertThat(c.cascades()).extracting(Cascade::id).containsExactly("a", "b");
      assertThat(c.cascades().get(0).parent()).containsExactly(-1, 0, 1);
      assertThat(c.cascades().get(0).time()).containsExactly(0, 2, 3);
      // b's root s has no line of its own: its time is the cascade's earliest.
      assertThat(c.cascades().get(1).time()).containsExactly(1, 1);
    }
  }

  @Test
  void genericWithoutTimesAndAHeaderNamingTheColumnsOfExportedRuns() throws IOException {
    CascadeReader.Contents plain = CascadeReader.read(write("p.txt", "k p c\nk c d\n"), null);
    assertThat(plain.format()).isEqualTo(CascadeFormat.GENERIC);
    assertThat(plain.timed()).isFalse();
    assertThat(plain.cascades().get(0).time()).isNull();
    assertThat(plain.cascades().get(0).parent()).containsExactly(-1, 0, 1);

    CascadeReader.Contents exported = CascadeReader.read(write("e.csv",
        "replication,item,parent,user,tick\n0,3,,17,1\n0,3,17,4,2\n1,3,,17,1\n"), null);
    assertThat(exported.timed()).isTrue();
    assertThat(exported.cascades()).extracting(Cascade::id).containsExactly("0/3", "1/3");
    assertThat(exported.cascades().get(0).parent()).containsExactly(-1, 0);
    assertThat(exported.cascades().get(1).parent()).containsExactly(-1);
  }

  static LongStream seeds() { return LongStream.range(0, 100); }

  /** Random forests written as generic lines in random order read back as the trees they were. */
  @ParameterizedTest
  @MethodSource("seeds")
  void randomTreesReadBackWithTheirSizesAndDepths(long seed) throws IOException {
    Random random = new Random(seed);
    int cascades = 1 + random.nextInt(5);
    List<int[]> trees = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    String separator = random.nextBoolean() ? "," : " \t";
    for (int k = 0; k < cascades; k++) {
      int n = 1 + random.nextInt(60);
      int[] parent = new int[n];
      parent[0] = -1;
      for (int i = 1; i < n; i++) parent[i] = random.nextInt(i);
      trees.add(parent);
      // Node names unrelated to their order, so the reader cannot rely on it.
      String name = "n" + random.nextInt(1000) + "_";
      if (n == 1 || random.nextBoolean()) lines.add(String.join(separator, "c" + k, "-", name + 0));
      for (int i = 1; i < n; i++) lines.add(String.join(separator, "c" + k, name + parent[i], name + i));
    }
    Collections.shuffle(lines, random);
    Path file = random.nextBoolean() ? write("r.txt", String.join("\n", lines)) : gzip("r.gz", String.join("\n", lines));

    List<Cascade> read = CascadeReader.read(file, null).cascades();
    assertThat(read).hasSize(cascades);
    for (Cascade c : read) {
      int[] expected = trees.get(Integer.parseInt(c.id().substring(1)));
      assertThat(c.parent()).hasSize(expected.length);
      assertThat(TreeMetrics.depth(c.parent())).isEqualTo(TreeMetrics.depth(expected));
      assertThat(TreeMetrics.maxBreadth(c.parent())).isEqualTo(TreeMetrics.maxBreadth(expected));
      if (expected.length > 1) {
        assertThat(TreeMetrics.structuralVirality(c.parent()))
            .isCloseTo(TreeMetrics.structuralVirality(expected), org.assertj.core.api.Assertions.within(1e-9));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "too few fields        | a b                        | 1 | 2 fields: not a cascade file (chile lines have 6, generic lines 3 or 4)",
    "fields change         | a - r 0\\na r x           | 2 | 3 fields, expected 4 (generic format, as the first data line)",
    "time not a number     | a r x soon                 | 1 | time \"soon\" is not a number",
    "two parents           | a r x\\na r y\\na y x      | 3 | x already has parent r (line 1); a node has one parent",
    "root given a parent   | a - r\\na q r              | 2 | r already has no parent (it is the root) (line 1); a node has one parent",
    "own parent            | a r r                      | 1 | cycle: r is its own parent",
    "cycle                 | a r x\\na u v\\na v u      | 2 | cycle in cascade a: v is its own ancestor",
    "second root           | a r x\\na s y              | 2 | cascade a has a second root, s (the first is r); a cascade is one tree",
    "header without child  | cascade,parent,time\\nx,y,1 | 1 | header names no child (or user) column",
  })
  void eachBadFileIsOneLineNamingTheLine(String name, String text, long line, String reason) throws IOException {
    Path file = write("bad.txt", text.replace("\\n", "\n"));
    InputFileException e = catchThrowableOfType(() -> CascadeReader.read(file, null), InputFileException.class);
    assertThat(e).as(name).isNotNull();
    assertThat(e.getMessage()).isEqualTo(file + ": line " + line + ": " + reason);
  }

  @Test
  void missingEmptyAndMislabelledFilesAreNamed() throws IOException {
    Path missing = dir.resolve("none.txt");
    assertThat(catchThrowableOfType(() -> CascadeReader.read(missing, null), InputFileException.class))
        .hasMessage(missing + ": no such file");
    Path empty = write("empty.txt", "# only a comment\n");
    assertThat(catchThrowableOfType(() -> CascadeReader.read(empty, null), InputFileException.class))
        .hasMessage(empty + ": holds no cascade (no data line)");
    Path notGzip = write("plain.gz", "a r x\n");
    assertThat(catchThrowableOfType(() -> CascadeReader.read(notGzip, null), InputFileException.class))
        .hasMessage(notGzip + ": name ends in .gz but the file is not gzip-compressed");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, UTF_8);
  }

  private Path gzip(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(text.getBytes(UTF_8));
    }
    return file;
  }
}
