package org.viralsim.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A SLURM cluster of one node on this machine, for tests: munged (started only if none answers),
 * slurmctld and slurmd on localhost with a minimal slurm.conf and all their state in a folder of the
 * test's, 2 CPUs (the recipe of the stack notes). Starting it skips the test, saying why, where it
 * cannot run: not root, or SLURM or munge not installed (.ci/run installs Debian's slurm-wlm and munge).
 * Closing it cancels every job, stops the daemons it started and removes what it made outside its folder.
 */
public final class SingleNodeSlurm implements AutoCloseable {
  private static final Path MUNGE_KEY = Path.of("/etc/munge/munge.key");
  private static final Path MUNGE_RUN = Path.of("/run/munge");
  private final Path dir;
  private final Path conf;
  private final List<Process> daemons = new ArrayList<>();
  private boolean keyMade;
  private final Thread onExit = new Thread(this::stopDaemons);
  private boolean up;

  private SingleNodeSlurm(Path dir) {
    this.dir = dir;
    this.conf = dir.resolve("slurm.conf");
  }

  /** Starts the cluster with its state in {@code dir}, or skips the test saying why it cannot. */
  public static SingleNodeSlurm start(Path dir) throws IOException, InterruptedException {
    Assumptions.assumeTrue("0".equals(Programs.output(List.of("id", "-u"), Map.of()).strip()),
        "SLURM's daemons need root here");
    for (String program : List.of("slurmctld", "slurmd", "munged", "munge", "sbatch", "squeue", "scancel", "sinfo",
        "setpriv")) {
      Assumptions.assumeTrue(Programs.find(program) != null,
          program + " is not installed (apt-get install slurm-wlm munge)");
    }
    SingleNodeSlurm slurm = new SingleNodeSlurm(Files.createDirectories(dir));
    Runtime.getRuntime().addShutdownHook(slurm.onExit);
    try {
      slurm.startMunge();
      slurm.startDaemons();
      return slurm;
    } catch (RuntimeException | Error | IOException | InterruptedException e) {
      slurm.close();
      throw e;
    }
  }

  /** The environment SLURM's commands need to find this cluster. */
  public Map<String, String> env() {
    return Map.of("SLURM_CONF", conf.toString());
  }

  /** Runs a SLURM command against this cluster and returns what it printed (stdout and stderr). */
  public String run(String... command) throws IOException, InterruptedException {
    return Programs.output(List.of(command), env());
  }

  private void startMunge() throws IOException, InterruptedException {
    if (mungeAnswers()) return; // a munged is running already: use it
    if (!Files.exists(MUNGE_KEY)) {
      Files.createDirectories(MUNGE_KEY.getParent());
      Programs.output(List.of("dd", "if=/dev/urandom", "of=" + MUNGE_KEY, "bs=1", "count=1024"), Map.of());
      Programs.output(List.of("chown", "munge:munge", MUNGE_KEY.toString()), Map.of());
      Files.setPosixFilePermissions(MUNGE_KEY, PosixFilePermissions.fromString("r--------"));
      keyMade = true;
    }
    if (!Files.isDirectory(MUNGE_RUN)) { // where munged puts its socket; the system would make it at boot
      Files.createDirectories(MUNGE_RUN);
      Programs.output(List.of("chown", "munge:munge", MUNGE_RUN.toString()), Map.of());
    }
    daemon(List.of(Programs.find("setpriv").toString(), "--reuid=munge", "--regid=munge", "--init-groups",
        Programs.find("munged").toString(), "--foreground", "--force"), "munged.log");
    waitFor(this::mungeAnswers, 20, "munged did not answer", "munged.log");
  }

  private void startDaemons() throws IOException, InterruptedException {
    String host = Programs.output(List.of("hostname", "-s"), Map.of()).strip();
    for (String sub : List.of("state", "spool", "log", "run")) Files.createDirectories(dir.resolve(sub));
    int ctldPort = freePort();
    int slurmdPort = freePort();
    Files.writeString(conf, String.join("\n",
        "ClusterName=viralsimtest",
        "SlurmctldHost=" + host + "(127.0.0.1)",
        "SlurmctldPort=" + ctldPort,
        "SlurmdPort=" + slurmdPort,
        "SlurmUser=root",
        "SlurmdUser=root",
        "AuthType=auth/munge",
        "ProctrackType=proctrack/linuxproc",
        "TaskPlugin=task/none",
        "SelectType=select/cons_tres",
        "SelectTypeParameters=CR_Core",
        "ReturnToService=2",
        "StateSaveLocation=" + dir.resolve("state"),
        "SlurmdSpoolDir=" + dir.resolve("spool"),
        "SlurmctldLogFile=" + dir.resolve("log/slurmctld.log"),
        "SlurmdLogFile=" + dir.resolve("log/slurmd.log"),
        "SlurmctldPidFile=" + dir.resolve("run/slurmctld.pid"),
        "SlurmdPidFile=" + dir.resolve("run/slurmd.pid"),
        "NodeName=" + host + " NodeAddr=127.0.0.1 CPUs=2 RealMemory=16000 State=UNKNOWN",
        "PartitionName=test Nodes=" + host + " Default=YES MaxTime=INFINITE State=UP") + "\n", StandardCharsets.UTF_8);
    daemon(List.of(Programs.find("slurmctld").toString(), "-D", "-f", conf.toString()), "slurmctld.out");
    daemon(List.of(Programs.find("slurmd").toString(), "-D", "-f", conf.toString()), "slurmd.out");
    waitFor(() -> run("sinfo", "--noheader", "--format=%T").contains("idle"), 60, "the node did not become idle",
        "log/slurmctld.log");
    up = true;
  }

  private boolean mungeAnswers() throws IOException, InterruptedException {
    return Programs.output(List.of("sh", "-c", "munge -n | unmunge"), Map.of()).contains("STATUS:          Success");
  }

  private void daemon(List<String> command, String log) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(dir.resolve(log).toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().putAll(env());
    daemons.add(pb.start());
  }

  private interface Check {
    boolean holds() throws IOException, InterruptedException;
  }

  /** Waits for the check; skips the test, with the end of the log, if it does not hold in time. */
  private void waitFor(Check check, int seconds, String what, String log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (!check.holds()) {
      if (System.nanoTime() > deadline) {
        Path file = dir.resolve(log);
        List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
        Assumptions.abort("SLURM could not start here: " + what + " within " + seconds + " s; " + file + " ends: "
            + String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size())));
      }
      Thread.sleep(200);
    }
  }

  /** Cancels every job, waits for them to end, stops the daemons and removes what it made outside its folder. */
  @Override
  public void close() throws IOException, InterruptedException {
    try {
      if (up) {
        run("scancel", "--user=root");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!run("squeue", "--noheader").isBlank() && System.nanoTime() < deadline) Thread.sleep(200);
      }
    } finally {
      stopDaemons();
      Runtime.getRuntime().removeShutdownHook(onExit);
      if (keyMade) Files.deleteIfExists(MUNGE_KEY);
    }
  }

  /** Stops the daemons it started, newest first, and any process they left (job steps). */
  private void stopDaemons() {
    for (int i = daemons.size() - 1; i >= 0; i--) {
      Process p = daemons.get(i);
      List<ProcessHandle> left = p.descendants().toList();
      p.destroy();
      try {
        if (!p.waitFor(15, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        p.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      left.forEach(ProcessHandle::destroyForcibly);
    }
    daemons.clear();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
