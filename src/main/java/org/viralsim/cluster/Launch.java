package org.viralsim.cluster;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.viralsim.io.ShellWords;

/**
 * How a compute node starts this very program: the same Java, JVM options and class path (the jar when
 * started by the launcher), all by absolute path, so that nothing depends on a node's current folder,
 * home or PATH.
 *
 * @param java the java executable
 * @param jvmOptions the options this JVM was started with (the launcher's, VIRALSIM_JAVA_OPTS)
 * @param classPath absolute entries
 * @param launcher the launcher's absolute path, for the commands that messages print
 */
public record Launch(Path java, List<String> jvmOptions, List<Path> classPath, String launcher) {
  private static final String LAUNCHER_PROPERTY = "viralsim.launcher";
  private static final String MAIN = "org.viralsim.cli.Main";

  public Launch {
    jvmOptions = List.copyOf(jvmOptions);
    classPath = List.copyOf(classPath);
  }

  /** This process's own launch, with the launcher's path made absolute ("viralsim" when started otherwise). */
  public static Launch current() {
    String given = System.getProperty(LAUNCHER_PROPERTY);
    String launcher = given == null ? "viralsim" : Path.of(given).toAbsolutePath().normalize().toString();
    List<String> options = new ArrayList<>();
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (!option.startsWith("-D" + LAUNCHER_PROPERTY + "=")) options.add(option);
    }
    if (given != null) options.add("-D" + LAUNCHER_PROPERTY + "=" + launcher);
    List<Path> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.isEmpty()).map(e -> Path.of(e).toAbsolutePath().normalize()).toList();
    return new Launch(Path.of(System.getProperty("java.home"), "bin", "java"), options, classPath, launcher);
  }

  /** The command line that runs viralsim, as shell words; its arguments are to follow. */
  public String command() {
    List<String> words = new ArrayList<>();
    words.add(java.toString());
    words.addAll(jvmOptions);
    words.add("-cp");
    words.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
    words.add(MAIN);
    return ShellWords.join(words);
  }

  /** How a user runs viralsim with these arguments (the launcher's path, then the arguments). */
  public String userCommand(List<String> args) {
    List<String> words = new ArrayList<>(List.of(launcher));
    words.addAll(args);
    return ShellWords.join(words);
  }
}
