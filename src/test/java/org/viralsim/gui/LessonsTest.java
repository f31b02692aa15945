package org.viralsim.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.viralsim.config.Scenario;
import org.viralsim.experiment.Preflight;
import org.viralsim.gui.view.Layouts;

/** The ready lessons: the ones a trainer needs, each loading its scenarios from the jar, small enough to draw whole. */
class LessonsTest {
  static List<Lessons.Lesson> lessons() { return Lessons.all(); }

  @Test
  void theLessonsAreThereInMenuOrder() {
    assertThat(lessons()).extracting(Lessons.Lesson::id).containsExactly("participation", "threshold", "seeding",
        "complaints", "public", "internal", "community");
    assertThat(Lessons.find("complaints").title()).isEqualTo("Ignore or answer complaints");
    assertThat(Lessons.find("nope")).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lessons")
  void eachLessonLoadsItsScenariosAndSaysWhatToLookAtAndAsk(Lessons.Lesson lesson) {
    assertThat(lesson.title()).isNotBlank();
    assertThat(lesson.look()).hasSizeGreaterThan(80);
    assertThat(lesson.ask()).isNotEmpty().allMatch(q -> q.endsWith("?"));
    assertThat(Files.exists(Path.of("scenarios", "lessons", lesson.left()))).as("the trainer can read the file").isTrue();
    Setup setup = lesson.setup();
    for (Scenario s : setup.sideBySide() ? List.of(setup.left(), setup.right()) : List.of(setup.left())) {
      assertThat(Preflight.nodes(s.network())).as("users of %s", s.name()).isBetween(100, Layouts.FORCE_LIMIT);
      assertThat(s.network().seed()).as("a fixed network, the same every time").isNotNull();
    }
    if (setup.sideBySide()) {
      assertThat(setup.right().network()).as("both sides on the same network").isEqualTo(setup.left().network());
    }
  }
}
