package org.viralsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which package may use which. Each package of {@code org.viralsim} has a row below naming the packages of
 * {@code org.viralsim} it may import (an allowed name covers its sub-packages) and the outside packages it keeps
 * out of. A sub-package follows the row of its longest listed prefix; imports within a row's own packages are
 * always fine. Imports and fully qualified names in code are both checked; comments and literals are not.
 */
class LayeringTest {
  static final Path MAIN = Path.of("src", "main", "java", "org", "viralsim");
  static final String ROOT = "org.viralsim";

  /** File access and formats: only io, job, cli, gui and bench read or write files, YAML/JSON or the command line. */
  static final List<String> FILES = List.of("java.io.File", "java.io.FileDescriptor", "java.io.FileFilter",
      "java.io.FileInputStream", "java.io.FileNotFoundException", "java.io.FileOutputStream", "java.io.FilePermission",
      "java.io.FileReader", "java.io.FileWriter", "java.io.FilenameFilter", "java.io.RandomAccessFile", "java.nio.file",
      "java.nio.channels.FileChannel", "java.nio.channels.FileLock", "java.nio.channels.AsynchronousFileChannel",
      "tools.jackson", "picocli");
  /** The headless core: no files and formats, and no windows or charts either. */
  static final List<String> HEADLESS = concat(FILES, List.of("javax.swing", "java.awt", "org.jfree"));

  static final List<String> ALL = List.of("config", "graph", "model", "observe", "stats", "experiment", "sweep",
      "myth", "validation", "bench", "chart", "report", "io", "cluster", "job", "cli", "gui");

  record Rule(List<String> allowed, List<String> forbidden) {}

  /** The table: package, the org.viralsim packages it may import, the outside packages it keeps out of. */
  static final Map<String, Rule> RULES = new LinkedHashMap<>();

  static {
    row("config", List.of(), HEADLESS);
    row("graph", List.of("config"), HEADLESS);
    row("model", List.of("config", "graph", "stats"), HEADLESS);
    row("observe", List.of("config", "graph", "model", "stats"), HEADLESS);
    row("stats", List.of(), HEADLESS);
    row("experiment", List.of("config", "graph", "model", "observe", "stats"), HEADLESS);
    row("sweep", List.of("config", "experiment", "observe", "stats"), HEADLESS); // sweep.design as well
    row("myth", List.of("config", "graph", "observe", "stats", "experiment"), HEADLESS);
    row("validation", List.of("config", "graph", "model", "observe", "stats", "experiment"), HEADLESS);
    row("bench", List.of("config", "graph", "model", "observe", "stats", "experiment", "sweep"), List.of());
    row("chart", List.of("config", "graph", "observe", "stats", "experiment", "sweep", "myth"), FILES);
    row("report", List.of("config", "graph", "model", "observe", "stats", "experiment", "sweep", "myth", "chart"),
        HEADLESS);
    row("io", List.of("config", "graph", "observe", "stats", "experiment", "sweep", "myth", "chart", "report"),
        List.of());
    row("cluster", List.of("config", "observe", "stats", "experiment", "sweep", "io"), List.of());
    row("job", except("cli", "gui"), List.of());
    row("cli", ALL, List.of());
    row("gui", except("cli"), List.of());
  }

  private static void row(String pkg, List<String> allowed, List<String> forbidden) {
    RULES.put(pkg, new Rule(allowed, forbidden));
  }

  private static List<String> except(String... left) {
    return ALL.stream().filter(p -> !List.of(left).contains(p)).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }

  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern IMPORT =
      Pattern.compile("(?:^|(?<=;))\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;", Pattern.MULTILINE);
  private static final Pattern COMMENT_OR_STRING = Pattern.compile(
      "\"\"\".*?\"\"\"|//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\\\n])*\"|'(?:\\\\.|[^'\\\\\\n])*'", Pattern.DOTALL);
  /** A qualified name in code: lower-case segments, then a type. */
  private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])(?:[a-z_]\\w*\\.)+[A-Z]\\w*");

  /** One use of a name a rule keeps out. */
  record Violation(String name, boolean imported, String rule) {
    @Override
    public String toString() {
      return (imported ? "import " : "uses ") + name + " -- " + rule;
    }
  }

  /** The row a package of org.viralsim (given relative to it, "" for the root) follows: its longest listed prefix. */
  static Optional<String> rowOf(String pkg) {
    return RULES.keySet().stream().filter(r -> within(pkg, r)).max(Comparator.comparingInt(String::length));
  }

  private static boolean within(String name, String prefix) {
    return name.equals(prefix) || name.startsWith(prefix + ".");
  }

  /** The package of org.viralsim (relative to it) a name reaches, or null when the name is outside org.viralsim. */
  static String target(String name) {
    if (!within(name, ROOT)) return null;
    List<String> segments = new ArrayList<>();
    for (String s : name.substring(ROOT.length()).split("\\.")) {
      if (s.isEmpty()) continue;
      if (s.equals("*") || Character.isUpperCase(s.charAt(0))) break;
      segments.add(s);
    }
    return String.join(".", segments);
  }

  /** The package declared by a source, relative to org.viralsim; null when it is not in org.viralsim. */
  static String packageOf(String source) {
    Matcher m = PACKAGE.matcher(COMMENT_OR_STRING.matcher(source).replaceAll(" "));
    if (!m.find() || !within(m.group(1), ROOT)) return null;
    return m.group(1).equals(ROOT) ? "" : m.group(1).substring(ROOT.length() + 1);
  }

  /** Imports and qualified names in code (comments and literals aside) that break the row of the source's package. */
  static List<Violation> violations(String source) {
    String pkg = packageOf(source);
    if (pkg == null) throw new IllegalArgumentException("not a source of " + ROOT);
    String row = rowOf(pkg).orElseThrow(() -> new IllegalArgumentException(noRow(pkg)));
    String code = COMMENT_OR_STRING.matcher(source).replaceAll(" ");
    List<Violation> found = new ArrayList<>();
    Set<String> imported = new LinkedHashSet<>();
    Matcher m = IMPORT.matcher(code);
    while (m.find()) {
      imported.add(m.group(1));
      String broken = broken(pkg, row, m.group(1));
      if (broken != null) found.add(new Violation(m.group(1), true, broken));
    }
    String body = IMPORT.matcher(PACKAGE.matcher(code).replaceAll(" ")).replaceAll(" ");
    Matcher q = QUALIFIED.matcher(body);
    Set<String> seen = new LinkedHashSet<>();
    while (q.find()) {
      String name = q.group();
      if (imported.contains(name) || !seen.add(name)) continue;
      String broken = broken(pkg, row, name);
      if (broken != null) found.add(new Violation(name, false, broken));
    }
    return found;
  }

  /** Why a package (following a row) may not use a name, or null when it may. */
  static String broken(String pkg, String row, String name) {
    String target = target(name);
    Rule rule = RULES.get(row);
    if (target != null) {
      if (target.equals(pkg) || within(target, row)) return null;
      if (rule.allowed().stream().anyMatch(a -> within(target, a))) return null;
      return pkg + " may use from " + ROOT + " only " + (rule.allowed().isEmpty() ? "nothing" : String.join(", ",
          rule.allowed())) + " (row \"" + row + "\" of LayeringTest.RULES), not " + ROOT + "." + target;
    }
    for (String f : rule.forbidden()) {
      boolean hit = within(name, f) || (name.endsWith(".*") && isType(f)
          && f.substring(0, f.lastIndexOf('.')).equals(name.substring(0, name.length() - 2)));
      if (hit) {
        return pkg + " keeps out of " + f + (FILES.contains(f) ? " (files, YAML/JSON and the command line belong to "
            + "io, job, cli, gui, bench)" : " (windows and charts belong to chart, gui, cli)")
            + " (row \"" + row + "\" of LayeringTest.RULES)";
      }
    }
    return null;
  }

  private static boolean isType(String name) {
    return Character.isUpperCase(name.charAt(name.lastIndexOf('.') + 1));
  }

  private static String noRow(String pkg) {
    return "package " + (pkg.isEmpty() ? ROOT : ROOT + "." + pkg) + " has no row in LayeringTest.RULES: add a row "
        + "saying which packages it may import and which it keeps out of";
  }

  static List<Path> sources() throws IOException {
    try (Stream<Path> s = Files.walk(MAIN)) {
      return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String relative(Path file) {
    return MAIN.relativize(file).toString().replace('\\', '/');
  }

  @Test
  void everyPackageHasARow() throws IOException {
    List<Path> sources = sources();
    assertThat(sources).as("sources found from %s", MAIN.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(100);
    Set<String> packages = new TreeSet<>();
    for (Path file : sources) {
      String pkg = packageOf(Files.readString(file));
      assertThat(pkg).as("%s declares a package of %s", relative(file), ROOT).isNotNull();
      packages.add(pkg);
    }
    assertThat(packages).as("packages found").contains("config", "model", "io", "cli");
    List<String> missing = packages.stream().filter(p -> rowOf(p).isEmpty()).map(LayeringTest::noRow).toList();
    assertThat(missing).as("packages without a row").isEmpty();
  }

  @Test
  void everyImportKeepsToTheTable() throws IOException {
    List<String> breaches = new ArrayList<>();
    int imports = 0;
    for (Path file : sources()) {
      String source = Files.readString(file);
      if (rowOf(packageOf(source)).isEmpty()) continue; // reported by everyPackageHasARow
      Matcher m = IMPORT.matcher(source);
      while (m.find()) imports++;
      for (Violation v : violations(source)) breaches.add(relative(file) + ": " + v);
    }
    assertThat(imports).as("the scan sees the imports that are there").isGreaterThan(500);
    assertThat(breaches).as("imports that break the table in LayeringTest.RULES:\n%s\n",
        String.join("\n", breaches)).isEmpty();
  }

  @Test
  void aModelClassImportingIoIsReported() {
    List<Violation> found = violations("package org.viralsim.model; import org.viralsim.io.CsvTable;");
    assertThat(found).extracting(Violation::name).containsExactly("org.viralsim.io.CsvTable");
    assertThat(found.get(0).toString()).contains("import org.viralsim.io.CsvTable",
        "model may use from org.viralsim only config, graph, stats", "row \"model\"");
  }

  @Test
  void theScanCatchesImportsAndQualifiedNames() {
    assertThat(names("package org.viralsim.model;\nimport java.io.File;\nclass A {}")).containsExactly("java.io.File");
    assertThat(names("package org.viralsim.model; import static org.viralsim.io.CsvTable.number;"))
        .containsExactly("org.viralsim.io.CsvTable.number");
    assertThat(names("package org.viralsim.stats; import java.nio.file.*;")).containsExactly("java.nio.file.*");
    assertThat(names("package org.viralsim.model; import java.io.*;")).containsExactly("java.io.*");
    assertThat(names("package org.viralsim.model; class A { java.awt.Color c; }")).containsExactly("java.awt.Color");
    assertThat(names("package org.viralsim.model; class A { void f() { tools.jackson.databind.JsonNode n = null; } }"))
        .containsExactly("tools.jackson.databind.JsonNode");
    assertThat(names("package org.viralsim.config; import picocli.CommandLine;"))
        .containsExactly("picocli.CommandLine");
    assertThat(names("package org.viralsim.graph; class A { Object o = org.viralsim.model.Sim.class; }"))
        .containsExactly("org.viralsim.model.Sim");
    assertThat(names("package org.viralsim.chart; import java.nio.file.Path; import java.awt.Color;"))
        .containsExactly("java.nio.file.Path");
    // Allowed: other java.io and java.nio classes, similar names, mentions in comments and text, the own package.
    assertThat(names("package org.viralsim.model;\nimport java.nio.ByteBuffer;\nimport java.io.IOException;\n"
        + "import java.util.List;\nimport org.viralsim.config.Role;\nimport org.viralsim.model.Other;\n"
        + "import org.viralsimx.Thing;\n// uses java.io.File and org.viralsim.io.CsvTable later\n"
        + "/* org.jfree.chart.JFreeChart */\nclass A { String s = \"java.awt.Color\"; char c = '\"'; "
        + "java.util.Locale l = java.util.Locale.ROOT; }")).isEmpty();
    assertThat(names("package org.viralsim.io; import java.nio.file.Path; import tools.jackson.databind.JsonNode;"))
        .isEmpty();
  }

  @Test
  void subPackagesFollowTheirLongestPrefix() {
    assertThat(names("package org.viralsim.model; import org.viralsim.configx.Thing;"))
        .containsExactly("org.viralsim.configx.Thing");
    assertThat(rowOf("sweep.design")).contains("sweep");
    assertThat(rowOf("io.sweep")).contains("io");
    assertThat(rowOf("iox")).isEmpty();
    assertThat(names("package org.viralsim.sweep.design; import org.viralsim.sweep.Sweep;")).isEmpty();
    assertThat(names("package org.viralsim.sweep; import org.viralsim.sweep.design.Point;")).isEmpty();
    assertThat(names("package org.viralsim.io.sweep; import org.viralsim.io.scenario.ScenarioReader; "
        + "import org.viralsim.chart.Charts; import org.viralsim.sweep.design.Point;")).isEmpty();
    assertThat(names("package org.viralsim.sweep.design; import org.viralsim.io.sweep.SweepTables;"))
        .containsExactly("org.viralsim.io.sweep.SweepTables");
    assertThat(names("package org.viralsim.job; import org.viralsim.cli.Main; import org.viralsim.io.OutputFolder;"))
        .containsExactly("org.viralsim.cli.Main");
    assertThat(names("package org.viralsim.gui; import org.viralsim.job.RunJob; import org.viralsim.cli.Main;"))
        .containsExactly("org.viralsim.cli.Main");
  }

  @Test
  void aPackageWithoutARowIsNamed() {
    String message = catchThrowable(() -> violations("package org.viralsim.nowhere; import java.util.List;"))
        .getMessage();
    assertThat(message).contains("org.viralsim.nowhere has no row", "add a row");
  }

  private static List<String> names(String source) {
    return violations(source).stream().map(Violation::name).collect(Collectors.toList());
  }
}
