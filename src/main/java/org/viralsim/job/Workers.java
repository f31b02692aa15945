package org.viralsim.job;

/** How many worker threads a job runs on; results are the same for any number. */
public final class Workers {
  private Workers() {}

  /** Those asked for, else those a file asks for (null: none), else all cores. */
  public static int of(Integer asked, Integer fromFile) {
    int workers = asked != null ? asked : fromFile != null ? fromFile : Runtime.getRuntime().availableProcessors();
    if (workers < 1) throw new UserInputException("--threads: must be at least 1, was " + workers);
    return workers;
  }
}
