package org.viralsim.cli;

import picocli.CommandLine.Option;

/** {@code --threads T}: worker threads; results are the same for any number. */
final class ThreadsOption {
  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: all cores, or the threads a sweep file asks for); results are the same for any T.")
  Integer count;
}
