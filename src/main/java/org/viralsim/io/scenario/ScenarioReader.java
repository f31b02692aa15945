package org.viralsim.io.scenario;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.viralsim.config.InvalidValueException;
import org.viralsim.config.Scenario;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a scenario from YAML or JSON, applies {@code --set} overrides and builds the validated
 * {@link Scenario}, with a default for every key left out. Every problem is a
 * {@link ScenarioException} naming the file and the key path; docs/scenario.md describes the format.
 */
public final class ScenarioReader {
  /** File label of the scenario built from defaults alone. */
  public static final String BUILT_IN = "<built-in>";

  public static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  // Non-numeric numbers are let through so that NaN gets the same message as .nan in YAML.
  /** Jackson's default limits on nesting and number length, which a scenario never comes near. */
  private static final int MAX_NESTING = 500;
  private static final int MAX_DIGITS = 1000;
  private static final Pattern LONG_NUMBER = Pattern.compile("\\d{" + (MAX_DIGITS + 1) + ",}");
  private static final Pattern YAML_MARK = Pattern.compile("in reader, line (\\d+), column \\d+");
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  private ScenarioReader() {}

  /**
   * A scenario read with {@code --set} settings, and notes (one line each) on what the settings
   * changed besides the keys they name, for the command to show; see {@link Overrides#applyTo}.
   */
  public record Loaded(Scenario scenario, List<String> notes) {}

  /**
   * Reads a {@code .yaml}, {@code .yml} or {@code .json} file. A relative edge-list path is resolved
   * against the file's folder.
   */
  public static Scenario read(Path file, List<String> overrides) {
    return load(file, overrides).scenario();
  }

  /** {@link #read(Path, List)} with the notes of the overrides. */
  public static Loaded load(Path file, List<String> overrides) {
    return load(text(file), file.toString(), file.toAbsolutePath().normalize().getParent(), overrides);
  }

  /** The text of a .yaml, .yml or .json file, or a ScenarioException naming the file and the reason. */
  public static String text(Path file) {
    String label = file.toString();
    if (!Files.exists(file)) throw new ScenarioException(label, null, "no such file");
    if (!Files.isRegularFile(file)) throw new ScenarioException(label, null, "is not a regular file");
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".json") && !name.endsWith(".yaml") && !name.endsWith(".yml")) {
      throw new ScenarioException(label, null, "unknown file type; expected .yaml, .yml or .json");
    }
    try {
      return Files.readString(file);
    } catch (MalformedInputException e) {
      throw new ScenarioException(label, null, "is not UTF-8 text");
    } catch (IOException e) {
      throw new ScenarioException(label, null, "cannot read: " + e.getMessage());
    }
  }

  /**
   * The tree of YAML or JSON text (JSON when {@code fileLabel} ends in {@code .json}); null when it
   * holds nothing. A syntax error is a ScenarioException with its line.
   */
  public static JsonNode tree(String content, String fileLabel) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    ObjectMapper mapper = fileLabel.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    try {
      JsonNode tree = mapper.readTree(text);
      return tree == null || tree.isMissingNode() || tree.isNull() ? null : tree;
    } catch (StreamConstraintsException e) {
      throw new ScenarioException(fileLabel, null, tooDeepOrLong(e, text));
    } catch (JacksonException e) {
      throw new ScenarioException(fileLabel, null, syntaxError(e));
    }
  }

  /**
   * The parser's limits said in the file's terms, with the line: its own message names its internals
   * and no line.
   */
  private static String tooDeepOrLong(StreamConstraintsException e, String text) {
    String[] lines = text.split("\\R", -1);
    if (e.getOriginalMessage().startsWith("Number value length")) {
      for (int i = 0; i < lines.length; i++) {
        if (LONG_NUMBER.matcher(lines[i]).find()) return "line " + (i + 1) + ": " + problem(e);
      }
      return problem(e);
    }
    // Nesting: indentation levels (block style) and brackets opened inline (flow style) together.
    Deque<Integer> indents = new ArrayDeque<>();
    int flow = 0;
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank() && flow == 0) {
        int indent = lines[i].length() - lines[i].stripLeading().length();
        while (!indents.isEmpty() && indents.peek() > indent) indents.pop();
        if (indents.isEmpty() || indents.peek() < indent) indents.push(indent);
      }
      boolean deep = indents.size() > MAX_NESTING;
      for (char c : lines[i].toCharArray()) {
        if (c == '[' || c == '{') deep |= indents.size() + ++flow > MAX_NESTING;
        else if (c == ']' || c == '}') flow--;
      }
      if (deep) {
        return "line " + (i + 1) + ": " + problem(e);
      }
    }
    return problem(e);
  }

  /**
   * Reads scenario text. It is parsed as JSON when {@code fileLabel} ends in {@code .json}, else as
   * YAML.
   *
   * @param fileLabel names the source in error messages
   * @param baseDir   folder against which a relative network file path is resolved
   */
  public static Scenario read(String content, String fileLabel, Path baseDir, List<String> overrides) {
    return load(content, fileLabel, baseDir, overrides).scenario();
  }

  /** {@link #read(String, String, Path, List)} with the notes of the overrides. */
  public static Loaded load(String content, String fileLabel, Path baseDir, List<String> overrides) {
    JsonNode tree = tree(content, fileLabel);
    if (tree == null) throw new ScenarioException(fileLabel, null, "is empty");
    return loadTree(tree, fileLabel, baseDir, overrides);
  }

  /** The built-in scenario ({@code Defaults.scenario()}) with overrides applied. */
  public static Scenario readDefault(List<String> overrides) {
    return loadDefault(overrides).scenario();
  }

  /** {@link #readDefault(List)} with the notes of the overrides. */
  public static Loaded loadDefault(List<String> overrides) {
    return loadTree(null, BUILT_IN, Path.of(""), overrides);
  }

  /**
   * Builds a scenario from a parsed tree (null for an empty one), which is left unchanged. Problems
   * caused by an override are reported with the file label {@code --set}; an edge-list path given
   * by an override is resolved against the working folder.
   */
  public static Scenario fromTree(JsonNode tree, String fileLabel, Path baseDir, List<String> overrides) {
    return loadTree(tree, fileLabel, baseDir, overrides).scenario();
  }

  /** {@link #fromTree} with the notes of the overrides. */
  public static Loaded loadTree(JsonNode tree, String fileLabel, Path baseDir, List<String> overrides) {
    boolean empty = tree == null || tree.isMissingNode() || tree.isNull();
    ObjectNode original = empty ? JsonNodeFactory.instance.objectNode() : topLevel(tree, fileLabel);
    Overrides settings = Overrides.parse(overrides);
    ObjectNode merged = original.deepCopy();
    List<String> notes = settings.applyTo(merged);
    boolean fileFromSettings = settings.blame("network.path", original, merged)
        || settings.blame("network.basename", original, merged);
    Path fileBase = fileFromSettings ? Path.of("") : baseDir;
    try {
      return new Loaded(new ScenarioBinder(fileLabel, fileBase.toAbsolutePath()).scenario(merged), List.copyOf(notes));
    } catch (ScenarioException e) {
      // The settings' fault when the problem lies under one of them, or came with them (see settingsMadeIt).
      if (e.keyPath() != null && (settings.blame(e.keyPath(), original, merged)
          || !overrides.isEmpty() && settingsMadeIt(e.keyPath(), original, fileLabel, baseDir))) {
        throw new ScenarioException(Overrides.LABEL, e.keyPath(), e.reason());
      }
      throw e;
    }
  }

  /**
   * Whether an error at {@code keyPath} came with the settings: the file on its own has no error, or
   * has one elsewhere and does not even hold that key.
   */
  private static boolean settingsMadeIt(String keyPath, ObjectNode original, String fileLabel, Path baseDir) {
    String own = errorAt(original, fileLabel, baseDir);
    if (own == null) return true;
    if (own.equals(keyPath)) return false;
    JsonNode node = original;
    for (String key : keyPath.replaceAll("\\[(\\d+)]", ".$1").split("\\.")) {
      node = node.isArray() && key.matches("\\d+") ? node.path(Integer.parseInt(key)) : node.path(key);
    }
    return node.isMissingNode();
  }

  /** Where the file on its own has its error (a key path, or "" for the whole file), or null when it has none. */
  private static String errorAt(ObjectNode tree, String fileLabel, Path baseDir) {
    try {
      new ScenarioBinder(fileLabel, baseDir.toAbsolutePath()).scenario(tree.deepCopy());
      return null;
    } catch (ScenarioException e) {
      return e.keyPath() == null ? "" : e.keyPath();
    } catch (InvalidValueException e) {
      return e.key();
    }
  }

  private static ObjectNode topLevel(JsonNode tree, String fileLabel) {
    if (tree.isObject()) return (ObjectNode) tree;
    throw new ScenarioException(fileLabel, null, "must be a mapping of keys to values at the top level, was "
        + Section.describe(tree));
  }

  /** A parser error as one line, {@code line L: what}, without the source excerpt. */
  private static String syntaxError(JacksonException e) {
    // The YAML parser's last mark is where the problem is; Jackson's location can point at its context.
    Matcher mark = YAML_MARK.matcher(e.getOriginalMessage());
    int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    while (mark.find()) line = Integer.parseInt(mark.group(1));
    return line > 0 ? "line " + line + ": " + problem(e) : problem(e);
  }

  /** What a parser error says, on one line. */
  static String problem(JacksonException e) {
    String message = e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      return message.startsWith("Number value length") ? "a number longer than " + MAX_DIGITS + " digits"
          : "lists or mappings nested more than " + MAX_NESTING + " deep";
    }
    if (message.startsWith("Duplicate Object property ")) {
      return "duplicate key " + message.substring("Duplicate Object property ".length());
    }
    if (message.startsWith("Trailing token")) {
      return "unexpected content after the scenario; a file holds a single document";
    }
    return withoutExcerpts(message);
  }

  /** Drops the "in reader, line L, column C:" marks and the source lines that follow them. */
  private static String withoutExcerpts(String message) {
    List<String> kept = new ArrayList<>();
    String[] lines = message.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("in reader")) {
        if (line.endsWith(":")) i += 2;
      } else if (!line.isEmpty()) {
        kept.add(line);
      }
    }
    return String.join("; ", kept);
  }
}
