package org.viralsim.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** System programs that tests run: found on PATH (and in the sbin folders), run to their end with no input. */
public final class Programs {
  private Programs() {}

  /** What a program printed (stdout and stderr together) and its exit code. */
  public record Result(int exit, String output) {}

  /** The program's path, or null when it is not installed. */
  public static Path find(String name) {
    List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.addAll(List.of("/usr/sbin", "/sbin", "/usr/bin", "/usr/local/bin"));
    for (String d : dirs) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, name))) return Path.of(d, name);
    }
    return null;
  }

  /** Runs a command with these variables added to the environment, and waits for its end. */
  public static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().putAll(env);
    Process p = pb.start();
    byte[] out = p.getInputStream().readAllBytes();
    return new Result(p.waitFor(), new String(out, StandardCharsets.UTF_8));
  }

  /** What the command printed. */
  public static String output(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    return run(command, env).output();
  }
}
