package org.viralsim.cli;

import org.viralsim.job.UserInputException;
import picocli.CommandLine.Option;

/** {@code --threads T}: worker threads; results are the same for any number. */
final class ThreadsOption {
  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: all cores, or the threads a sweep file asks for); results are the same for any T.")
  Integer count;

  /** The threads asked for, else all cores. */
  int orAllCores() {
    int workers = count != null ? count : Runtime.getRuntime().availableProcessors();
    if (workers < 1) throw new UserInputException("--threads: must be at least 1, was " + workers);
    return workers;
  }
}
