package org.viralsim.cli;

import org.viralsim.cluster.SchedulerException;
import org.viralsim.experiment.MemoryExhausted;
import org.viralsim.io.InputFileException;
import org.viralsim.io.OutputException;
import org.viralsim.io.scenario.ScenarioException;
import org.viralsim.job.UserInputException;
import picocli.CommandLine;

/**
 * Turns the exceptions that mean "this input cannot be used" (also: its runs do not fit in memory)
 * into one line on stderr and exit code 2; anything else is a defect: one line too, exit code 1,
 * with its stack trace under {@code --debug}.
 */
final class UserErrors implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) throws Exception {
    String message = userMessage(ex);
    cl.getErr().println("viralsim: " + (message != null ? message : LastResort.internal(ex)));
    if (message == null && LastResort.debug()) ex.printStackTrace(cl.getErr());
    cl.getErr().flush();
    LastResort.reported();
    return message != null ? Main.EXIT_BAD_INPUT : LastResort.EXIT_INTERNAL;
  }

  static String userMessage(Throwable ex) {
    if (ex instanceof ScenarioException || ex instanceof InputFileException || ex instanceof UserInputException
        || ex instanceof OutputException || ex instanceof SchedulerException) {
      return ex.getMessage();
    }
    if (ex instanceof MemoryExhausted) {
      return "out of memory: " + ex.getMessage() + ". Give it more (VIRALSIM_JAVA_OPTS=-Xmx16g ./viralsim ...), use"
          + " fewer --threads, or make the model smaller: fewer users or steps, or fewer items that reach most users"
          + " (higher thresholds, fewer complaints)";
    }
    return null;
  }
}
