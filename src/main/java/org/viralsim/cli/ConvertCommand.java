package org.viralsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.viralsim.graph.Graph;
import org.viralsim.io.network.BinaryGraphWriter;
import org.viralsim.io.network.EdgeListReader;
import org.viralsim.io.network.LoadedGraph;
import org.viralsim.job.UserInputException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code viralsim convert}: an edge list into the binary graph file that loads at disk speed. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Convert an edge list (text or gzip) into a binary graph file (docs/graph-files.md), which an "
        + "edge_list network loads as it is, far faster than text.",
        "The graph is the one a scenario gets from the edge list: nodes numbered by first appearance, self-loops "
            + "and repeated edges dropped, the ids of the file kept as labels."})
final class ConvertCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "EDGES", description = "Edge list to read.")
  Path edges;

  @Parameters(index = "1", paramLabel = "OUT", description = "Binary graph file to write (replaced when it exists).")
  Path out;

  @ArgGroup(exclusive = true)
  Direction direction = new Direction();

  static final class Direction {
    @Option(names = "--directed", description = "A line 'u v' means only that v follows u (network.directed: true).")
    boolean directed;

    @Option(names = "--undirected", description = "A line 'u v' means both follow each other (the default, as network.directed: false).")
    boolean undirected;
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (Files.isDirectory(out)) throw new UserInputException(out + ": is a directory, not a file to write");
    if (out.toAbsolutePath().getParent() == null || !Files.isDirectory(out.toAbsolutePath().getParent())) {
      throw new UserInputException(out + ": no such folder to write into");
    }
    long t0 = System.nanoTime();
    LoadedGraph loaded = EdgeListReader.read(edges, direction.directed);
    BinaryGraphWriter.write(out, loaded);
    Graph g = loaded.graph();
    spec.commandLine().getOut().printf(Locale.ROOT, "%s: %,d users, %,d %s edges (%,d self-loops and %,d repeats"
            + " dropped), written in %.1f s%n", out, g.nodeCount(), g.edgeCount(), g.directed() ? "directed" : "undirected",
        loaded.stats().selfLoops(), loaded.stats().duplicates(), (System.nanoTime() - t0) / 1e9);
    return 0;
  }
}
