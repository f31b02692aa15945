package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.viralsim.io.OutputException;
import org.viralsim.io.OutputFolder;
import org.viralsim.testing.TinySweep;

/**
 * Every name that becomes a folder under results/ goes through one rule: traversal through a
 * scenario's name, a sweep's name, a myth's id (whose own format is stricter still), or the folder
 * helper itself is refused in one line, and nothing is written anywhere.
 */
class PathNameTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"../../evil", "..", "a/b", "x/../../y", "/tmp/abs", ".hidden", "a\\\\b", "-dash", "a b"})
  void aScenarioNameCannotLeaveResults(String name) throws IOException {
    Path scenario = Files.writeString(dir.resolve("s.yaml"), RunCommandTest.SCENARIO);
    Set<String> before = listing(name);
    Cli.Result r = Cli.execute("run", scenario.toString(), "--set", "name=\"" + name + "\"");
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("viralsim: ").contains("name");
    assertThat(listing(name)).as("where the name points").isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"../../evil", "..", "a/b", "x/../../y", "/tmp/abs", ".hidden"})
  void aSweepNameCannotLeaveResults(String name) throws IOException {
    Path sweep = TinySweep.write(dir, """
        name: "%s"
        base: tiny.yaml
        parameters:
          - {key: campaign.appeal, values: [1, 2]}
        replications: 1
        """.formatted(name));
    Set<String> before = listing(name);
    Cli.Result r = Cli.execute("sweep", sweep.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("viralsim: " + sweep).contains("name");
    assertThat(listing(name)).as("where the name points").isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"../../evil", "..", "a/b", "x/../../y"})
  void aMythIdCannotLeaveResults(String id) throws IOException {
    Path myth = Files.writeString(dir.resolve("m.yaml"), "id: \"" + id + "\"\nclaim: anything\n");
    Set<String> before = listing("myth-" + id);
    Cli.Result r = Cli.execute("myth", myth.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("viralsim: " + myth + ": id:");
    assertThat(listing("myth-" + id)).isEqualTo(before);
  }

  @org.junit.jupiter.api.Test
  void namesMadeFromLongNamesAreStillFolderNames() throws IOException {
    String a = "a".repeat(100);
    String b = "b".repeat(100);
    assertThat(OutputFolder.named(dir, "compare-" + a + "-vs-" + b).getParent()).isEqualTo(dir.toAbsolutePath());
    Path sweep = TinySweep.write(dir, """
        base: tiny.yaml
        parameters:
          - {key: campaign.appeal, values: [1, 2]}
        """);
    Files.writeString(dir.resolve("tiny.yaml"), Files.readString(dir.resolve("tiny.yaml")).replace("name: tiny",
        "name: " + "c".repeat(98)));
    assertThat(org.viralsim.io.sweep.SweepReader.read(sweep, java.util.List.of()).sweep().name()).hasSize(104);
  }

  /** What is in the folder a name would make under results/ (nothing when it does not exist). */
  static Set<String> listing(String name) throws IOException {
    Path target = Path.of("results").resolve(name).toAbsolutePath().normalize();
    if (!Files.isDirectory(target)) return Set.of();
    try (Stream<Path> s = Files.list(target)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"../../evil", "..", "a/b", "", "x/../y"})
  void theFolderHelperRefusesThemToo(String name) {
    assertThatThrownBy(() -> OutputFolder.named(dir, name)).isInstanceOf(OutputException.class)
        .hasMessageContaining("cannot name a results folder");
    assertThat(OutputFolder.named(dir, "fine-name.2")).isEqualTo(dir.resolve("fine-name.2").toAbsolutePath());
  }
}
