package org.viralsim.gui;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.viralsim.io.scenario.ScenarioReader;
import tools.jackson.databind.JsonNode;

/**
 * The ready lessons that ship inside the jar (from {@code scenarios/lessons/}): each names one
 * scenario, or two to show side by side, and says what to point at and what to ask the class.
 */
final class Lessons {
  private static final String FOLDER = "/lessons/";

  /** One lesson of {@code lessons.yaml}. */
  record Lesson(String id, String title, String left, String right, String look, List<String> ask) {
    /** The lesson's scenarios, loaded. */
    Setup setup() {
      return new Setup(source(left), right == null ? null : source(right));
    }
  }

  private Lessons() {}

  /** Every lesson, in the order of the index. */
  static List<Lesson> all() {
    JsonNode index = ScenarioReader.YAML.readTree(text("lessons.yaml"));
    List<Lesson> out = new ArrayList<>();
    for (JsonNode l : index.path("lessons")) {
      List<String> ask = new ArrayList<>();
      l.path("ask").forEach(q -> ask.add(q.asString()));
      JsonNode right = l.get("right");
      out.add(new Lesson(l.path("id").asString(), l.path("title").asString(), l.path("left").asString(),
          right == null || right.isNull() ? null : right.asString(), l.path("look").asString(), List.copyOf(ask)));
    }
    return out;
  }

  /** The lesson with this id, or null. */
  static Lesson find(String id) {
    return all().stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
  }

  static Setup.Source source(String file) {
    String label = "scenarios/lessons/" + file;
    return new Setup.Source(label, ScenarioReader.read(text(file), label, Path.of(""), List.of()));
  }

  private static String text(String file) {
    try (InputStream in = Lessons.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) throw new IllegalStateException("lesson file " + file + " is missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read lesson file " + file, e);
    }
  }
}
