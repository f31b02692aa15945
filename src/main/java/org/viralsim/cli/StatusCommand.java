package org.viralsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.viralsim.job.StatusJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code viralsim status}: where a submitted sweep stands, shard by shard. */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Show each shard of a submitted sweep (done, pending, running, interrupted, missing) and its merge.")
final class StatusCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The folder viralsim submit wrote.")
  Path dir;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    new StatusJob(spec.commandLine().getOut()).status(dir);
    return 0;
  }
}
