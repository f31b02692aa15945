package org.viralsim.io.scenario;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.viralsim.config.InvalidValueException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One mapping of a scenario tree and its key path. The getters check the type of a value and report
 * problems as {@link ScenarioException}s naming the full key path. A key whose value is null
 * (written {@code key:} or {@code key: null}) counts as absent, so its default applies.
 */
public final class Section {
  private static final int MAX_SHOWN = 60;

  private final String file;
  private final String path;
  private final ObjectNode node;

  /** @param value a mapping, or null/missing/null node for an empty one */
  public Section(String file, String path, JsonNode value) {
    this.file = file;
    this.path = path;
    if (value == null || value.isNull() || value.isMissingNode()) {
      this.node = JsonNodeFactory.instance.objectNode();
    } else if (value.isObject()) {
      this.node = (ObjectNode) value;
    } else {
      throw new ScenarioException(file, path.isEmpty() ? null : path, "must be a mapping, was " + describe(value));
    }
  }

  String path() { return path; }

  /** The key path of a key of this mapping. */
  public String at(String key) { return path.isEmpty() ? key : path + "." + key; }

  public ScenarioException error(String key, String reason) {
    return new ScenarioException(file, at(key), reason);
  }

  /** Keys in the order they were written. */
  List<String> keys() { return new ArrayList<>(node.propertyNames()); }

  public boolean has(String key) {
    JsonNode v = node.get(key);
    return v != null && !v.isNull();
  }

  /**
   * Rejects the first key not in {@code allowed}. {@code context} (may be empty) says for what;
   * {@code validElsewhere} are keys that belong to a sibling variant, so they are not typos to correct.
   */
  public void allowOnly(String context, List<String> allowed, Collection<String> validElsewhere) {
    for (String key : node.propertyNames()) {
      if (!allowed.contains(key)) {
        String hint = validElsewhere.contains(key) ? null : suggest(key, allowed);
        throw error(key, "unknown key" + context + "; expected one of " + String.join(", ", allowed)
            + (hint == null ? "" : "; did you mean " + hint + "?"));
      }
    }
  }

  public void allowOnly(String... allowed) { allowOnly("", List.of(allowed), List.of()); }

  /** The value of a key as written, or null when absent. */
  public JsonNode raw(String key) { return has(key) ? node.get(key) : null; }

  public Section section(String key) { return new Section(file, at(key), node.get(key)); }

  /** The mappings of a list, each with its path {@code key[i]}; empty when absent. */
  public List<Section> sections(String key) {
    List<Section> out = new ArrayList<>();
    if (!has(key)) return out;
    int i = 0;
    for (JsonNode v : list(key, "mappings")) out.add(new Section(file, at(key) + "[" + i++ + "]", v));
    return out;
  }

  /** Calls a record constructor, reporting its range errors under this section's key path. */
  public <T> T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (InvalidValueException e) {
      InvalidValueException full = e.under(path);
      throw new ScenarioException(file, full.key(), full.reason());
    }
  }

  public int integer(String key, int def) {
    return has(key) ? (int) integral(node.get(key), at(key), Integer.MIN_VALUE, Integer.MAX_VALUE) : def;
  }

  public long longInteger(String key, long def) {
    return has(key) ? integral(node.get(key), at(key), Long.MIN_VALUE, Long.MAX_VALUE) : def;
  }

  /** A long, or null when absent. */
  public Long optionalLong(String key) {
    return has(key) ? integral(node.get(key), at(key), Long.MIN_VALUE, Long.MAX_VALUE) : null;
  }

  public double number(String key, double def) {
    if (!has(key)) return def;
    JsonNode v = node.get(key);
    if (!v.isNumber()) throw error(key, "must be a number, was " + describe(v));
    double d = v.doubleValue();
    if (!Double.isFinite(d)) throw error(key, "must be a finite number, was " + describe(v));
    return d;
  }

  public boolean bool(String key, boolean def) {
    if (!has(key)) return def;
    JsonNode v = node.get(key);
    if (!v.isBoolean()) throw error(key, "must be true or false, was " + describe(v));
    return v.booleanValue();
  }

  /** A string; an integer is taken as its decimal digits (so {@code name: 2024} works). */
  public String text(String key, String def) {
    return has(key) ? text(node.get(key), at(key), "must be a string") : def;
  }

  /** One of {@code allowed}, or {@code def} when absent. */
  public String choice(String key, List<String> allowed, String def) {
    if (!has(key)) return def;
    JsonNode v = node.get(key);
    String expected = "one of " + String.join(", ", allowed);
    if (!v.isString()) throw error(key, "must be " + expected + ", was " + describe(v));
    String s = v.stringValue();
    if (allowed.contains(s)) return s;
    String hint = suggest(s, allowed);
    throw error(key, "unknown value " + describe(v) + "; expected " + expected
        + (hint == null ? "" : "; did you mean " + hint + "?"));
  }

  /** An enum constant, written in files as its lower-case name (e.g. {@code by_degree}). */
  public <E extends Enum<E>> E option(String key, E def) {
    E[] constants = def.getDeclaringClass().getEnumConstants();
    List<String> names = new ArrayList<>();
    for (E c : constants) names.add(c.name().toLowerCase(Locale.ROOT));
    String chosen = choice(key, names, names.get(def.ordinal()));
    return constants[names.indexOf(chosen)];
  }

  /** A list of ints, or null when absent. */
  public List<Integer> integers(String key) {
    if (!has(key)) return null;
    List<Integer> out = new ArrayList<>();
    int i = 0;
    for (JsonNode v : list(key, "integers")) {
      out.add((int) integral(v, at(key) + "[" + i++ + "]", Integer.MIN_VALUE, Integer.MAX_VALUE));
    }
    return out;
  }

  /** A list of node ids, written as strings or integers and kept as strings; empty when absent. */
  public List<String> ids(String key) {
    List<String> out = new ArrayList<>();
    if (!has(key)) return out;
    int i = 0;
    for (JsonNode v : list(key, "ids")) out.add(text(v, at(key) + "[" + i++ + "]", "must be a string or an integer"));
    return out;
  }

  private Collection<JsonNode> list(String key, String what) {
    JsonNode v = node.get(key);
    if (!v.isArray()) throw error(key, "must be a list of " + what + ", was " + describe(v));
    return v.values();
  }

  private String text(JsonNode v, String at, String expected) {
    if (v.isString()) return v.stringValue();
    if (v.isIntegralNumber()) return v.bigIntegerValue().toString();
    throw fail(at, expected + ", was " + describe(v));
  }

  /** An integer in [lo, hi]; a float with no fractional part (1e6, 10.0) counts as an integer. */
  private long integral(JsonNode v, String at, long lo, long hi) {
    BigInteger b;
    if (v.isIntegralNumber()) {
      b = v.bigIntegerValue();
    } else if (v.isNumber() && Double.isFinite(v.doubleValue()) && v.doubleValue() == Math.rint(v.doubleValue())) {
      b = v.decimalValue().toBigInteger();
    } else {
      throw fail(at, "must be an integer, was " + describe(v));
    }
    if (b.compareTo(BigInteger.valueOf(lo)) < 0) throw fail(at, "must be at least " + lo + ", was " + describe(v));
    if (b.compareTo(BigInteger.valueOf(hi)) > 0) throw fail(at, "must be at most " + hi + ", was " + describe(v));
    return b.longValue();
  }

  private ScenarioException fail(String at, String reason) {
    return new ScenarioException(file, at, reason);
  }

  /** A value as the user would recognise it in an error message. */
  public static String describe(JsonNode v) {
    if (v == null || v.isNull()) return "null";
    if (v.isArray()) return "a list";
    if (v.isObject()) return "a mapping";
    if (v.isString()) {
      String s = v.stringValue();
      String shown = s.length() > MAX_SHOWN ? s.substring(0, MAX_SHOWN - 3) + "..." : s;
      return JsonNodeFactory.instance.stringNode(shown).toString();
    }
    if (v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue())) return Double.toString(v.doubleValue());
    return v.asString();
  }

  /** The option closest to a mistyped word, or null when none is close. */
  static String suggest(String given, Collection<String> options) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String option : options) {
      int d = option.equalsIgnoreCase(given) ? 0 : distance(given, option);
      if (d < bestDistance && d <= (option.length() <= 5 ? 1 : 2)) {
        best = option;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Edit distance counting an insertion, deletion, substitution or swap of neighbours as one. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) d[i][0] = i;
    for (int j = 0; j <= b.length(); j++) d[0][j] = j;
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
