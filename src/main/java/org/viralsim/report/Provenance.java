package org.viralsim.report;

import java.util.List;

/**
 * What produced a report, for its method section: the scenario file(s) as given, the program's
 * version and commit (null when unknown) and the base seed.
 */
public record Provenance(List<String> files, String version, String commit, long baseSeed) {
  public Provenance {
    files = List.copyOf(files);
  }

  String program() {
    return "viralsim " + version + (commit == null ? "" : " (commit " + commit + ")");
  }
}
