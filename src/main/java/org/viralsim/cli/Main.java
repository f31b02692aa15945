package org.viralsim.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import org.viralsim.io.results.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code viralsim} command: one subcommand per job. */
@Command(name = "viralsim", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Agent-based simulator of social media participation and virality.",
    subcommands = {RunCommand.class, CompareCommand.class, MythsCommand.class, MythCommand.class, SweepCommand.class, MergeCommand.class, SubmitCommand.class, StatusCommand.class, ConvertCommand.class, CascadesCommand.class, GuiCommand.class, ValidateCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Exit code for bad input: a scenario, option or file that cannot be used. */
  public static final int EXIT_BAD_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "On an internal error, print where it happened (the stack trace).")
  boolean debug;

  public static void main(String[] args) {
    PrintWriter err = new PrintWriter(System.err, true);
    LastResort.install(err, Arrays.asList(args).contains("--debug"));
    int exit;
    try {
      exit = commandLine(new PrintWriter(System.out, true), err).execute(args);
    } catch (Throwable e) { // what no command caught, out of memory among them: one line, never a raw trace
      exit = LastResort.failed(e);
    }
    LastResort.reported();
    System.exit(exit);
  }

  /** The configured command line, writing to the given streams (tests pass their own). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new UserErrors());
    cl.setParameterExceptionHandler(Main::badOption);
    return cl;
  }

  /** A bad option or argument: one line naming it, and where to read more, exit code 2. */
  private static int badOption(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    String command = unknownCommand(ex);
    if (command != null) {
      String suggestion = ex instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()
          ? " (did you mean " + String.join(" or ", u.getSuggestions()) + "?)" : "";
      cl.getErr().println("viralsim: unknown command '" + command + "'" + suggestion + "; the commands are "
          + String.join(", ", cl.getSubcommands().keySet()) + " (see '" + cl.getCommandSpec().qualifiedName()
          + " --help')");
      cl.getErr().flush();
      return EXIT_BAD_INPUT;
    }
    cl.getErr().println("viralsim: " + ex.getMessage().replace('\n', ' ').trim()
        + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
    cl.getErr().flush();
    return EXIT_BAD_INPUT;
  }

  /**
   * The word given where a command belongs, when it names none: picocli sees an unmatched argument
   * of a command that takes commands but no arguments, or {@code help WORD} for an unknown WORD (picocli's
   * help command reports it on the command above it).
   */
  private static String unknownCommand(CommandLine.ParameterException ex) {
    CommandLine cl = ex.getCommandLine();
    if (!(ex instanceof CommandLine.UnmatchedArgumentException) && ex.getMessage().startsWith("Unknown subcommand '")) {
      String m = ex.getMessage();
      return m.substring("Unknown subcommand '".length(), m.lastIndexOf('\''));
    }
    if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || cl.getSubcommands().isEmpty()
        || !cl.getCommandSpec().positionalParameters().isEmpty() || u.getUnmatched().isEmpty()) {
      return null;
    }
    String first = u.getUnmatched().get(0);
    return first.startsWith("-") ? null : first;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override public String[] getVersion() {
      return new String[] {"viralsim " + Manifest.programVersion() + " (Java " + System.getProperty("java.version") + ")"};
    }
  }
}
