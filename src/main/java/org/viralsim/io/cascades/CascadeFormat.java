package org.viralsim.io.cascades;

import java.util.Locale;

/** The layouts of a cascade file's lines. */
public enum CascadeFormat {
  /** {@code cascade_root veracity parent_tweet child_tweet child_time_s parent_time_s}. */
  CHILE(6),
  /** {@code cascade parent child [time]}, or the columns a header line names. */
  GENERIC(3);

  /** Fields of a line (the least, for generic: its time is optional). */
  final int fields;

  CascadeFormat(int fields) { this.fields = fields; }

  /** The name as the command line writes it. */
  public String label() { return name().toLowerCase(Locale.ROOT); }
}
