package org.viralsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.viralsim.testing.Programs;
import org.viralsim.testing.TinySweep;

/**
 * The Dockerfile builds the image of the Kubernetes example in docs/sweeps.md, and a shard of a sweep
 * runs in it on a mounted folder, as a pod's would. Skipped, saying so, where no Docker daemon answers.
 */
@Tag("docker")
class DockerImageTest {
  private static final String IMAGE = "viralsim:test";

  @TempDir Path dir;

  @Test
  void theImageRunsAShardOfASweep() throws Exception {
    Assumptions.assumeTrue(Programs.find("docker") != null, "docker is not installed");
    Programs.Result info = Programs.run(List.of("docker", "info", "--format", "{{.ServerVersion}}"), Map.of());
    Assumptions.assumeTrue(info.exit() == 0, "no Docker daemon answers (docker info: "
        + info.output().strip().lines().reduce((a, b) -> b).orElse("") + ")");
    String built = docker("build", "--quiet", "--tag", IMAGE, Path.of("").toAbsolutePath().toString());
    assertThat(built).as(built).contains("sha256:");
    TinySweep.write(dir, "base: tiny.yaml\nparameters: [{key: campaign.appeal, values: [1, 2]}]\n");
    String ran = docker("run", "--rm", "--volume", dir + ":/data", IMAGE, "sh", "-c",
        "./viralsim sweep /data/s.yaml --shard 1/2 --out /data/shards/0");
    assertThat(ran).as(ran).contains("Sweep tiny-sweep: 2 points, 2 runs");
    assertThat(Files.readAllLines(dir.resolve("shards/0/runs.csv"))).hasSize(3);
  }

  private static String docker(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("docker"));
    command.addAll(List.of(args));
    return Programs.output(command, Map.of());
  }
}
