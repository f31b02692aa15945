package org.viralsim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import javax.swing.JEditorPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.JTextArea;
import javax.swing.border.EmptyBorder;

/**
 * The console's "Lesson" tab: what the class is looking at, what to point at and what to ask;
 * below it the last message about the settings (what applies at the next start, or why not).
 */
final class LessonPanel extends JPanel {
  private static final long serialVersionUID = 1L;
  private final JEditorPane text = new JEditorPane("text/html", "");
  private final JTextArea message = new JTextArea(3, 30);
  private double scale = 1;
  private String html = "";

  LessonPanel() {
    super(new BorderLayout());
    text.setEditable(false);
    text.setBorder(new EmptyBorder(8, 10, 8, 10));
    message.setEditable(false);
    message.setLineWrap(true);
    message.setWrapStyleWord(true);
    message.setForeground(new Color(0x8a3b00));
    message.setBorder(new EmptyBorder(6, 10, 6, 10));
    add(new JScrollPane(text, ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED,
        ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER), BorderLayout.CENTER);
    add(message, BorderLayout.SOUTH);
  }

  /** Shows a lesson's text, or for a scenario without a lesson just what runs. */
  void show(Lessons.Lesson lesson, Setup setup) {
    StringBuilder b = new StringBuilder();
    if (lesson == null) {
      b.append("<h2>").append(escape(setup.leftSource().label())).append("</h2>");
      if (setup.sideBySide()) b.append("<p>beside <b>").append(escape(setup.rightSource().label())).append("</b></p>");
      b.append("<p>Press Play to run it. Change the settings in the Model tab; pick a ready lesson from the ")
          .append("Lessons menu.</p>");
    } else {
      b.append("<h2>").append(escape(lesson.title())).append("</h2>");
      b.append("<p><b>On screen:</b> ").append(escape(lesson.left()));
      if (lesson.right() != null) b.append(" (left) and ").append(escape(lesson.right())).append(" (right), same seed");
      b.append("</p><h3>What to look at</h3><p>").append(escape(lesson.look())).append("</p><h3>Ask the class</h3><ul>");
      for (String q : lesson.ask()) b.append("<li>").append(escape(q)).append("</li>");
      b.append("</ul>");
    }
    html = b.toString();
    render();
    message.setText("");
  }

  void setMessage(String line) { message.setText(line); }

  void setScale(double scale) {
    this.scale = scale;
    message.setFont(message.getFont().deriveFont((float) (13 * scale)));
    render();
  }

  private void render() {
    long size = Math.round(12 * scale);
    String headings = "<style>h2 {font-size:" + Math.round(size * 1.4) + "pt} h3 {font-size:" + Math.round(size * 1.15)
        + "pt}</style>";
    text.setText("<html><head>" + headings + "</head><body style='font-family:sans-serif;font-size:" + size + "pt'>"
        + html + "</body></html>");
    text.setCaretPosition(0);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
