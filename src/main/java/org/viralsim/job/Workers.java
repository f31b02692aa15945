package org.viralsim.job;

/** How many worker threads a job runs on; results are the same for any number. */
public final class Workers {
  /** More threads than any machine this runs on has cores is a mistake, not a wish. */
  public static final int MAX = 1024;

  private Workers() {}

  /** Those asked for, else those a file asks for (null: none), else all cores. */
  public static int of(Integer asked, Integer fromFile) {
    int workers = asked != null ? asked : fromFile != null ? fromFile
        : Math.min(MAX, Runtime.getRuntime().availableProcessors());
    if (workers < 1 || workers > MAX) {
      throw new UserInputException("--threads: must be 1 to " + MAX + ", was " + workers);
    }
    return workers;
  }
}
