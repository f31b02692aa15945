package org.viralsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The model stays headless: no files, no GUI, no JSON, charts or command line, no IO-layer classes. */
class ModelDependenciesTest {
  static final Path MODEL = Path.of("src", "main", "java", "org", "viralsim", "model");
  static final List<String> FORBIDDEN = List.of("java.io", "java.nio.file", "javax.swing", "java.awt", "tools.jackson",
      "org.jfree", "picocli", "org.viralsim.io", "org.viralsim.cli", "org.viralsim.chart");
  private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;", Pattern.MULTILINE);
  private static final Pattern COMMENT_OR_STRING =
      Pattern.compile("//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'", Pattern.DOTALL);

  /** Imports and qualified names in code (comments and literals aside) that reach a forbidden package. */
  static List<String> violations(String source) {
    String code = COMMENT_OR_STRING.matcher(source).replaceAll(" ");
    List<String> found = new ArrayList<>();
    Matcher m = IMPORT.matcher(code);
    while (m.find()) if (forbidden(m.group(1))) found.add("import " + m.group(1));
    for (String pkg : FORBIDDEN) {
      Matcher q = Pattern.compile("(?<![\\w.])" + Pattern.quote(pkg) + "\\.[\\w.]+").matcher(code);
      while (q.find()) if (!found.contains("import " + q.group())) found.add(q.group());
    }
    return found;
  }

  private static boolean forbidden(String name) {
    return FORBIDDEN.stream().anyMatch(p -> name.equals(p) || name.startsWith(p + "."));
  }

  @Test
  void modelSourcesUseNoIoGuiOrOutputPackages() throws IOException {
    List<Path> sources;
    try (Stream<Path> s = Files.list(MODEL)) {
      sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(sources).as("model sources found from %s", MODEL.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(10);
    int imports = 0;
    for (Path file : sources) {
      String source = Files.readString(file);
      Matcher m = IMPORT.matcher(source);
      while (m.find()) imports++;
      assertThat(violations(source)).as(file.getFileName().toString()).isEmpty();
    }
    assertThat(imports).as("the scan sees the imports that are there").isPositive();
  }

  @Test
  void theScanCatchesImportsAndQualifiedNames() {
    assertThat(violations("import java.io.File;\nclass A {}")).containsExactly("import java.io.File");
    assertThat(violations("import static org.viralsim.io.CsvTable.number;")).containsExactly("import org.viralsim.io.CsvTable.number");
    assertThat(violations("import java.nio.file.*;")).containsExactly("import java.nio.file.*");
    assertThat(violations("class A { java.awt.Color c; }")).containsExactly("java.awt.Color");
    assertThat(violations("class A { void f() { tools.jackson.databind.JsonNode n = null; } }"))
        .containsExactly("tools.jackson.databind.JsonNode");
    assertThat(violations("import picocli.CommandLine;")).containsExactly("import picocli.CommandLine");
    // Allowed: other java.nio packages, similar names, mentions in comments and text.
    assertThat(violations("import java.nio.ByteBuffer;\nimport java.util.List;\nimport org.viralsim.config.Role;\n"
        + "import org.viralsim.iox.Thing;\n// uses java.io.File later\n/* org.jfree.chart */\nString s = \"java.awt.Color\";"))
        .isEmpty();
  }
}
