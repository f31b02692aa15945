package org.viralsim.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.viralsim.config.NetworkSpec;
import org.viralsim.config.Scenario;
import org.viralsim.graph.Graph;

/**
 * The shared network of each point of a sweep, built once per distinct network rather than once
 * per run: a fixed-seed network is generated, and an edge list read, by the first run that needs
 * it while other runs needing it wait. Only the most recently used networks are kept, as runs come
 * point by point; a network dropped too early is only built again, never wrong.
 */
public final class NetworkCache implements Function<Scenario, Graph> {
  private final Function<Scenario, Graph> build;
  private final int capacity;
  private final Map<NetworkSpec, CompletableFuture<Graph>> recent;

  /**
   * @param build    makes the shared network of a scenario; it may return null, meaning each run
   *                 of that scenario draws its own network
   * @param capacity networks kept at most (at least 1; the number of worker threads is enough)
   */
  public NetworkCache(Function<Scenario, Graph> build, int capacity) {
    if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
    this.build = build;
    this.capacity = capacity;
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<NetworkSpec, CompletableFuture<Graph>> eldest) {
        return size() > NetworkCache.this.capacity;
      }
    };
  }

  @Override
  public Graph apply(Scenario scenario) {
    CompletableFuture<Graph> network;
    boolean mine = false;
    synchronized (recent) {
      network = recent.get(scenario.network());
      if (network == null) {
        network = new CompletableFuture<>();
        recent.put(scenario.network(), network);
        mine = true;
      }
    }
    if (mine) {
      try {
        network.complete(build.apply(scenario));
      } catch (RuntimeException | Error e) {
        network.completeExceptionally(e);
        synchronized (recent) {
          recent.remove(scenario.network(), network);
        }
        throw e;
      }
    }
    try {
      return network.join();
    } catch (CompletionException e) {
      // rethrown as the run that built it saw it, so an OutOfMemoryError stays one
      if (e.getCause() instanceof RuntimeException re) throw re;
      if (e.getCause() instanceof Error error) throw error;
      throw e;
    }
  }
}
