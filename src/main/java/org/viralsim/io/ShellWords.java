package org.viralsim.io;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Words as a POSIX shell reads them back: commands printed for users and written into job scripts. */
public final class ShellWords {
  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z0-9_./@%+=:,-]+");

  private ShellWords() {}

  /** The word itself when the shell takes it as it is, else in single quotes. */
  public static String quote(String word) {
    return PLAIN_WORD.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  /** The words quoted and joined by spaces. */
  public static String join(List<String> words) {
    return words.stream().map(ShellWords::quote).collect(Collectors.joining(" "));
  }
}
