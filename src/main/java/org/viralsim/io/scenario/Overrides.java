package org.viralsim.io.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.viralsim.config.Defaults;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code --set key.path=value} settings. The value is read as YAML, so {@code 10} is a number,
 * {@code [a, b]} a list and {@code {type: sbm, blocks: [50, 50]}} a mapping; an empty value resets
 * the key to its default.
 */
public final class Overrides {
  static final String LABEL = "--set";

  private record Setting(String spec, String path, String[] keys, JsonNode value) {}

  private final List<Setting> settings;

  private Overrides(List<Setting> settings) {
    this.settings = settings;
  }

  /** Parses every setting up front, so a malformed one fails before anything is applied. */
  public static Overrides parse(List<String> specs) {
    List<Setting> settings = new ArrayList<>();
    for (String spec : specs) settings.add(parse(spec));
    return new Overrides(settings);
  }

  private static Setting parse(String spec) {
    int eq = spec.indexOf('=');
    if (eq < 0) throw new ScenarioException(LABEL, null, "expected KEY.PATH=VALUE, was \"" + spec + "\"");
    String path = spec.substring(0, eq);
    if (path.isBlank()) throw new ScenarioException(LABEL, null, "missing key before '=' in \"" + spec + "\"");
    if (path.chars().anyMatch(Character::isWhitespace)) {
      throw new ScenarioException(LABEL, null, "a key path has no spaces, was \"" + path + "\" in \"" + spec + "\"");
    }
    String[] keys = path.split("\\.", -1);
    for (String key : keys) {
      if (key.isEmpty()) throw new ScenarioException(LABEL, path, "empty key in the path");
    }
    String raw = spec.substring(eq + 1);
    JsonNode value;
    try {
      value = ScenarioReader.YAML.readTree(raw);
    } catch (JacksonException e) {
      String shown = raw.length() > 60 ? raw.substring(0, 60) + "..." : raw;
      throw new ScenarioException(LABEL, path, "cannot read value \"" + shown + "\": " + ScenarioReader.problem(e));
    }
    return new Setting(spec, path, keys, value == null || value.isMissingNode() ? NullNode.getInstance() : value);
  }

  /**
   * Sets each value in turn, creating missing mappings on the way, except a brand or role that the
   * scenario lacks (a misspelt name must not add one). A numeric key picks an item of an
   * existing list by its 0-based index ({@code campaigns.1.appeal}). Roles are the exception to
   * creating empty mappings: a missing {@code population.roles} starts from the default roles, so one
   * of them can be tuned on its own, and a missing {@code network} from the default network, unless
   * the setting is its {@code type}.
   *
   * <p>Two settings change more than their key, and say so in the notes returned (one line each, for
   * the user): {@code network.type} drops the keys of the old type that the new one does not accept
   * (unless an earlier setting gave them), and {@code seeding.users} of a campaign switches its
   * {@code strategy} to {@code users}.
   */
  public List<String> applyTo(ObjectNode root) {
    List<String> notes = new ArrayList<>();
    Set<String> setSoFar = new HashSet<>();
    for (Setting s : settings) {
      JsonNode node = root;
      for (int i = 0; i < s.keys.length; i++) {
        String key = s.keys[i];
        boolean last = i == s.keys.length - 1;
        if (node instanceof ArrayNode list) {
          int index = index(s, i, list);
          if (last) list.set(index, s.value); else node = list.get(index);
          continue;
        }
        ObjectNode map = (ObjectNode) node;
        JsonNode child = map.get(key);
        if ((child == null || child.isNull()) && namesOnly(s, i)) {
          List<String> named = map.isEmpty() ? implicitNames(s, root) : List.copyOf(map.propertyNames());
          if (named != null && !named.contains(key)) {
            throw new ScenarioException(LABEL, s.path, "cannot set it: " + upTo(s, i - 1) + " has no \"" + key
                + "\" (it has " + String.join(", ", named) + "); --set changes named entries, add new ones to the"
                + " scenario file");
          }
        }
        if (last) {
          if (i == 1 && s.keys[0].equals("network") && key.equals("type")) dropOtherTypesKeys(s, map, setSoFar, notes);
          if (isSeedingUsers(s) && s.value.isArray() && !s.value.isEmpty()) switchToUsers(s, map, setSoFar, notes);
          map.set(key, s.value);
          continue;
        }
        if (child == null || child.isNull()) {
          boolean roles = i == 1 && s.keys[0].equals("population") && key.equals("roles");
          // A key of the default network, other than its type, edits that network rather than an empty one.
          boolean network = i == 0 && key.equals("network") && !s.keys[1].equals("type");
          child = roles ? ScenarioWriter.roles(Defaults.roles())
              : network ? ScenarioWriter.network(Defaults.network()) : map.objectNode();
          map.set(key, child);
        } else if (!child.isObject() && !child.isArray()) {
          throw new ScenarioException(LABEL, s.path, "cannot set it: " + upTo(s, i) + " is " + Section.describe(child)
              + ", not a mapping or a list");
        }
        node = child;
      }
      setSoFar.add(s.path);
    }
    return notes;
  }

  /** Drops the keys of the network's old type that the type being set does not accept. */
  private static void dropOtherTypesKeys(Setting s, ObjectNode network, Set<String> setSoFar, List<String> notes) {
    JsonNode old = network.get("type");
    List<String> oldKeys = old == null || !old.isString() ? null : ScenarioBinder.NETWORK_TYPE_KEYS.get(old.stringValue());
    List<String> newKeys = s.value.isString() ? ScenarioBinder.NETWORK_TYPE_KEYS.get(s.value.stringValue()) : null;
    if (oldKeys == null || newKeys == null) return; // an unknown type is reported as such
    List<String> dropped = new ArrayList<>();
    for (String key : oldKeys) {
      if (network.has(key) && !newKeys.contains(key) && !setSoFar.contains("network." + key)) dropped.add("network." + key);
    }
    if (dropped.isEmpty()) return;
    for (String key : dropped) network.remove(key.substring("network.".length()));
    notes.add(LABEL + " " + s.spec.strip() + " drops " + String.join(", ", dropped) + " ("
        + (dropped.size() == 1 ? "a key" : "keys") + " of " + old.stringValue() + ")");
  }

  /** {@code campaign.seeding.users} or {@code campaigns.N.seeding.users}. */
  private static boolean isSeedingUsers(Setting s) {
    String[] k = s.keys;
    return (k.length == 3 && k[0].equals("campaign") || k.length == 4 && k[0].equals("campaigns"))
        && k[k.length - 2].equals("seeding") && k[k.length - 1].equals("users");
  }

  /**
   * Listing seed users means strategy {@code users}, as when a file lists them without a strategy;
   * a strategy set by an earlier {@code --set} stays, as one set after the users does.
   */
  private static void switchToUsers(Setting s, ObjectNode seeding, Set<String> setSoFar, List<String> notes) {
    JsonNode strategy = seeding.get("strategy");
    if (strategy == null || strategy.isNull() || (strategy.isString() && strategy.stringValue().equals("users"))) return;
    String path = String.join(".", List.of(s.keys).subList(0, s.keys.length - 1)) + ".strategy";
    if (setSoFar.contains(path)) return;
    seeding.put("strategy", "users");
    notes.add(LABEL + " " + s.path + " sets " + path + " to users (was " + (strategy.isString() ? strategy.stringValue()
        : strategy.toString()) + ")");
  }

  /**
   * Whether keys[i] names an entry of a mapping of named entries (brands, roles), where a typo must
   * not add one (a scenario without brands has the brands its campaigns name, which --set may declare).
   */
  private static boolean namesOnly(Setting s, int i) {
    return (i == 1 && s.keys[0].equals("brands")) || (i == 2 && s.keys[0].equals("population") && s.keys[1].equals("roles"));
  }

  /**
   * The entries a scenario has without listing them: the brands its campaigns name (those naming none
   * are about the single {@code brand:} section's, or the default brand), or the default roles; null
   * when the campaigns are malformed, which the scenario's own check reports.
   */
  private static List<String> implicitNames(Setting s, ObjectNode root) {
    if (!s.keys[0].equals("brands")) return List.copyOf(Defaults.roles().keySet());
    JsonNode single = root.get("brand");
    JsonNode singleName = single != null && single.isObject() ? single.get("name") : null;
    String unnamed = singleName != null && singleName.isString() ? singleName.stringValue() : Defaults.BRAND_NAME;
    JsonNode list = root.get("campaigns");
    List<JsonNode> campaigns = new ArrayList<>();
    if (list == null || list.isNull()) campaigns.add(root.get("campaign"));
    else if (list.isArray()) list.forEach(campaigns::add);
    else return null; // not a list: the scenario's own error, reported as such
    List<String> brands = new ArrayList<>();
    for (JsonNode c : campaigns) {
      JsonNode brand = c == null || !c.isObject() ? null : c.get("brand");
      String name = brand != null && brand.isString() ? brand.stringValue() : unnamed;
      if (!brands.contains(name)) brands.add(name);
    }
    return brands;
  }

  private static int index(Setting s, int i, ArrayNode list) {
    String key = s.keys[i];
    if (!key.matches("0|[1-9]\\d{0,8}")) {
      throw new ScenarioException(LABEL, s.path, "cannot set it: " + upTo(s, i - 1) + " is a list; use an item's"
          + " 0-based index, not \"" + key + "\"");
    }
    int index = Integer.parseInt(key);
    if (index >= list.size()) {
      throw new ScenarioException(LABEL, s.path, "cannot set it: " + upTo(s, i - 1) + " has " + list.size()
          + " items (indices from 0), not " + (index + 1));
    }
    return index;
  }

  private static String upTo(Setting s, int i) {
    return String.join(".", List.of(s.keys).subList(0, i + 1));
  }

  /**
   * Whether a problem at {@code keyPath} comes from these settings rather than from the file: the
   * path lies at or under a setting, or one of its mappings exists only because a setting made it.
   */
  boolean blame(String keyPath, JsonNode original, JsonNode merged) {
    String dotted = keyPath.replaceAll("\\[(\\d+)]", ".$1"); // campaigns[1].appeal as set: campaigns.1.appeal
    for (Setting s : settings) {
      if (dotted.equals(s.path) || dotted.startsWith(s.path + ".") || keyPath.equals(s.path) || keyPath.startsWith(s.path + ".") || keyPath.startsWith(s.path + "[")) return true;
    }
    JsonNode before = original;
    JsonNode after = merged;
    for (String segment : keyPath.split("\\.")) {
      String key = segment.replaceFirst("\\[.*", "");
      before = before == null ? null : before.get(key);
      after = after == null ? null : after.get(key);
      boolean inFile = before != null && !before.isNull();
      boolean inResult = after != null && !after.isNull();
      if (!inFile && inResult) return true;
      if (!inResult) return false;
    }
    return false;
  }
}
