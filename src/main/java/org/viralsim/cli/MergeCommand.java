package org.viralsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.viralsim.job.MergeJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code viralsim merge}: the shard folders of one sweep combined into the folder an unsharded sweep writes. */
@Command(name = "merge", mixinStandardHelpOptions = true,
    description = "Combine the results folders of a sweep's shards, checking they belong together and hold every run once.")
final class MergeCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "DIR", description = "Results folders of the shards.")
  List<Path> dirs;

  @Mixin OutOption out;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    MergeJob.merge(dirs, out.dir, spec.commandLine().getOut());
    return 0;
  }
}
