package org.viralsim.gui;

import java.awt.event.KeyEvent;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import sim.display.Console;

/** The trainer's menus in the console's menu bar: the ready lessons, and files and exports. */
final class TrainerMenu {
  private TrainerMenu() {}

  static void install(Console console, TrainerGui gui) {
    JMenuBar bar = console.getJMenuBar();
    JMenu lessons = new JMenu("Lessons");
    lessons.setMnemonic(KeyEvent.VK_L);
    for (Lessons.Lesson lesson : Lessons.all()) {
      JMenuItem item = new JMenuItem(lesson.title());
      item.addActionListener(e -> gui.use(lesson.setup(), lesson));
      lessons.add(item);
    }
    bar.add(lessons);

    JMenu trainer = new JMenu("Trainer");
    trainer.setMnemonic(KeyEvent.VK_T);
    trainer.add(item("Open scenario…", () -> Exports.openScenario(gui)));
    trainer.add(item("Save settings as scenario…", () -> Exports.savePreset(gui)));
    trainer.addSeparator();
    trainer.add(item("Save network view as PNG…", () -> Exports.saveViews(gui)));
    trainer.add(item("Save charts as PNG…", () -> Exports.saveCharts(gui)));
    trainer.add(item("Save results (as run does)", () -> Exports.saveResults(gui)));
    trainer.addSeparator();
    JCheckBoxMenuItem projector = new JCheckBoxMenuItem("Projector: large text and dots");
    projector.setSelected(gui.scale() > 1);
    projector.addActionListener(e -> gui.setProjector(projector.isSelected()));
    trainer.add(projector);
    bar.add(trainer);
    bar.revalidate();
  }

  private static JMenuItem item(String label, Runnable action) {
    JMenuItem item = new JMenuItem(label);
    item.addActionListener(e -> action.run());
    return item;
  }
}
